using System.Reflection;
using Rempart.Data.Database;
using Xunit.Sdk;

namespace Rempart.Tests.Infrastructure;

/// <summary>Runs a theory once per supported database: SQLite and PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(p => new object[] { p });
}
