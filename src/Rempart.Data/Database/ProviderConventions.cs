using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rempart.Data.Database;

/// <summary>
/// The conventions that keep one model (and one set of migrations) valid on SQLite and PostgreSQL.
/// </summary>
internal static class ProviderConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        // Every instant is UTC. PostgreSQL's timestamptz refuses other kinds, and SQLite returns
        // Unspecified: the converter makes both sides agree.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums as bounded strings: the database stays readable and reordering an enum breaks nothing.
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    // Internal, not private: the compiled models (CompiledModels/) name it.
    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
