using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.Tests.Database;

/// <summary>
/// Describes a database's schema as sorted lines (tables, columns with type and nullability, indexes,
/// foreign keys), read from the database itself, so two schemas compare as text with a readable diff.
/// </summary>
internal static class SchemaReader
{
    // EF's own bookkeeping, the scheduler's tables and the search indexes written by hand in their
    // migrations (PostgreSQL's document_search, read only by PostgresDocumentIndex; the volunteers'
    // trigram index, "search_…", read only by MatchVolunteers) are not part of the model.
    private static bool IsApplicationTable(string name) =>
        !name.StartsWith("__EF", StringComparison.Ordinal) && !name.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)
        && !name.StartsWith("sqlite_", StringComparison.Ordinal) && name != "document_search" && !IsSearchIndex(name);

    private static bool IsSearchIndex(string name) => name.StartsWith("search_", StringComparison.Ordinal);

    public static async Task<string> DescribeAsync(RempartDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = (await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")).Select(r => r[0]).Where(IsApplicationTable).ToList();
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
                lines.Add($"column {table}.{c[1]} {c[2]} {(c[3] == "1" ? "not null" : "null")} pk={c[5]}");
            foreach (var i in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                if (i[3] == "pk") continue; // the primary key is described by its columns
                var columns = (await QueryAsync(connection, $"PRAGMA index_info(\"{i[1]}\")")).Select(r => r[2]);
                lines.Add($"index {table}.{i[1]} ({string.Join(", ", columns)}) {(i[2] == "1" ? "unique" : "")}");
            }
            foreach (var f in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
                lines.Add($"fk {table}.{f[3]} -> {f[2]}.{f[4]} on delete {f[6]}");
        }
        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var r in await QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
            if (IsApplicationTable(r[0])) lines.Add($"table {r[0]}");
        const string columns = """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """;
        foreach (var c in await QueryAsync(connection, columns))
            if (IsApplicationTable(c[0]) && !IsSearchIndex(c[1])) lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) {(c[4] == "NO" ? "not null" : "null")} identity={c[5]} {c[6]}");
        foreach (var i in await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            if (IsApplicationTable(i[0]) && !IsSearchIndex(i[1])) lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        const string constraints = """
            SELECT cl.relname, co.conname, pg_get_constraintdef(co.oid)
            FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
            WHERE co.connamespace = 'public'::regnamespace
            """;
        foreach (var k in await QueryAsync(connection, constraints))
            if (IsApplicationTable(k[0])) lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i)) ?? "").ToArray());
        return rows;
    }
}
