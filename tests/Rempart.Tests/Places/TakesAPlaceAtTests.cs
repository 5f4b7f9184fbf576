using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Places;

namespace Rempart.Tests.Places;

public class TakesAPlaceAtTests
{
    [Fact]
    public void TheMomentGoesToTheDatabaseAsAParameter_SoEveryMomentSharesOnePlan()
    {
        using var db = new RempartDbContext(new DbContextOptionsBuilder<RempartDbContext>().UseSqlite("Data Source=:memory:").Options);
        var moment = new DateTime(2031, 7, 14, 10, 30, 0, DateTimeKind.Utc);

        var sql = db.Registrations.TakingAPlace(moment).ToQueryString();

        // SQLite's query string sets the parameters first (".param set @Value ..."), then the statement.
        var statement = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        Assert.Contains("@Value", statement);
        Assert.DoesNotContain("2031-07-14", statement);
    }
}
