using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.Tests.Database;

/// <summary>
/// The application loads the models compiled ahead (CompiledModels/), not the entity configurations:
/// a change to an entity or its configuration without running scripts/compile-model.sh fails here,
/// on both providers, naming what differs.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void TheCompiledModel_DescribesTheSameTablesColumnsKeysAndRelationsAsTheConfigurations(DatabaseProvider provider)
    {
        // No database is opened: both models come from the options alone.
        var settings = new DatabaseSettings(provider, provider == DatabaseProvider.Postgres ? "Host=localhost;Database=model" : "Data Source=model.db");

        var compiled = Describe(ModelOf(settings, compiledModel: true));
        var configured = Describe(ModelOf(settings, compiledModel: false));

        Assert.Contains("entity Rempart.Domain.Programming.Session table Sessions", configured);
        Assert.True(compiled == configured, "Le modèle compilé n'est plus celui des configurations : lancez scripts/compile-model.sh.\n" + FirstDifference(compiled, configured));
    }

    private static IModel ModelOf(DatabaseSettings settings, bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<RempartDbContext>();
        DataServiceCollectionExtensions.Configure(options, settings, compiledModel);
        using var db = new RempartDbContext(options.Options);
        return db.Model;
    }

    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"entity {entity.Name} table {entity.GetTableName()} view {entity.GetViewName()} filter {entity.GetDeclaredQueryFilters().Count}");
            foreach (var p in entity.GetProperties())
                text.AppendLine($"  column {p.Name} {p.ClrType.Name} as {p.GetColumnName()} {p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"precision={p.GetPrecision()},{p.GetScale()} token={p.IsConcurrencyToken} generated={p.ValueGenerated} converter={p.GetTypeMapping().Converter?.GetType().Name} " +
                    $"default={p.GetDefaultValueSql()}{p.GetDefaultValue()} computed={p.GetComputedColumnSql()}");
            foreach (var key in entity.GetKeys())
                text.AppendLine($"  key {(key.IsPrimaryKey() ? "primary " : "")}{Names(key.Properties)}");
            foreach (var fk in entity.GetForeignKeys())
                text.AppendLine($"  foreign {Names(fk.Properties)} -> {fk.PrincipalEntityType.Name} {Names(fk.PrincipalKey.Properties)} {fk.DeleteBehavior} required={fk.IsRequired} unique={fk.IsUnique}");
            foreach (var index in entity.GetIndexes())
                text.AppendLine($"  index {index.GetDatabaseName()} {Names(index.Properties)} unique={index.IsUnique} filter={index.GetFilter()}");
            foreach (var navigation in entity.GetNavigations())
                text.AppendLine($"  navigation {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
        }
        return text.ToString();
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));

    private static string FirstDifference(string compiled, string configured)
    {
        var (a, b) = (compiled.Split('\n'), configured.Split('\n'));
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            if (i >= a.Length || i >= b.Length || a[i] != b[i])
                return $"compilé : {(i < a.Length ? a[i] : "(rien)")}\nconfigurations : {(i < b.Length ? b[i] : "(rien)")}";
        return "";
    }
}
