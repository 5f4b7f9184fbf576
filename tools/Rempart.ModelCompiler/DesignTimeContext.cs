using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.ModelCompiler;

/// <summary>
/// The context as each provider builds it, for "dotnet ef dbcontext optimize": the provider comes
/// from REMPART_MODEL_PROVIDER (Sqlite or Postgres); no database is opened, so the connection
/// strings are placeholders.
/// </summary>
public sealed class DesignTimeContext : IDesignTimeDbContextFactory<RempartDbContext>
{
    public RempartDbContext CreateDbContext(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("REMPART_MODEL_PROVIDER") ?? "Sqlite");
        var connection = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=rempart" : "Data Source=model.db";
        var options = new DbContextOptionsBuilder<RempartDbContext>();
        DataServiceCollectionExtensions.Configure(options, new DatabaseSettings(provider, connection, 1), compiledModel: false);
        return new RempartDbContext(options.Options);
    }
}
