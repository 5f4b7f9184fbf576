using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.Places;

namespace Rempart.Tests.Database;

public class ExpressionInliningTests
{
    private static readonly Expression<Func<int, int, bool>> Above = (value, floor) => value > floor;

    private static bool Marker(int value, int floor) => throw new InvalidOperationException("replaced");

    [Fact]
    public void Inline_PutsTheRuleInPlaceOfEachCall_WithTheCallsArguments()
    {
        Expression<Func<int[], int, int>> query = (values, floor) => values.Count(v => Marker(v, floor)) + values.Count(v => Marker(v * 2, 10));

        var inlined = ExpressionInlining.Inline(query, (Func<int, int, bool>)Marker, Above).Compile();

        Assert.Equal(2 + 2, inlined([4, 5, 6, 7], 5)); // 6 and 7 above 5; 12 and 14 above 10
    }

    [Fact]
    public void Inline_RefusesARuleWhoseParametersDoNotMatchTheCall()
    {
        Expression<Func<int, bool>> one = value => value > 0;
        Expression<Func<int, bool>> query = v => Marker(v, 1);

        Assert.Throws<ArgumentException>(() => ExpressionInlining.Inline(query, (Func<int, int, bool>)Marker, one));
    }

    [Fact]
    public void Replace_ChangesOnlyTheParameterNamed()
    {
        var body = Above.Body.Replace(Above.Parameters[1], Expression.Constant(3));

        var rule = Expression.Lambda<Func<int, bool>>(body, Above.Parameters[0]).Compile();

        Assert.True(rule(4));
        Assert.False(rule(3));
    }
}

public class TakesAPlaceAtTests
{
    [Fact]
    public void TheMomentGoesToTheDatabaseAsAParameter_SoEveryMomentSharesOnePlan()
    {
        using var db = new RempartDbContext(new DbContextOptionsBuilder<RempartDbContext>().UseSqlite("Data Source=:memory:").Options);
        var moment = new DateTime(2031, 7, 14, 10, 30, 0, DateTimeKind.Utc);

        var sql = db.Registrations.TakingAPlace(moment).ToQueryString();

        Assert.Contains("@Value", sql);
        Assert.DoesNotContain("'2031-07-14 10:30:00'", sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
    }
}
