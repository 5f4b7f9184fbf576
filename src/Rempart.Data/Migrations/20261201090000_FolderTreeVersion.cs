using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// A number that changes whenever a folder or a folder's grant does, kept by triggers, so that the
/// folder tree (every folder and grant, read by every docuthèque page and every search) is read
/// again only when it changed (FolderTree): one row instead of two tables per search. Kept by the
/// database, not by the process, so that several servers see each other's changes. Outside the EF
/// model, named "search_…" like the other structures the schema test leaves out. It starts at a
/// random number: a database made again at the same address (tests, a reinstall) never meets a
/// tree kept from the one before under the same version.
/// A later migration that makes EF rebuild "Folders" or "FolderGrants" on SQLite drops these
/// triggers with the old table and must create them again (FolderTreeTests sees a grant changed
/// after migrating).
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261201090000_FolderTreeVersion")]
public sealed class FolderTreeVersion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""
                CREATE TABLE search_folder_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
                INSERT INTO search_folder_version (id, version) VALUES (1, (random() * 1e15)::bigint);
                CREATE FUNCTION search_folder_changed() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN UPDATE search_folder_version SET version = version + 1; RETURN NULL; END $$;
                CREATE TRIGGER search_folders_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Folders"
                    FOR EACH STATEMENT EXECUTE FUNCTION search_folder_changed();
                CREATE TRIGGER search_folder_grants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FolderGrants"
                    FOR EACH STATEMENT EXECUTE FUNCTION search_folder_changed();
                """);
            return;
        }
        var sql = new System.Text.StringBuilder("""
            CREATE TABLE search_folder_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
            INSERT INTO search_folder_version (id, version) VALUES (1, abs(random() % 1000000000000000));

            """);
        foreach (var table in new[] { "Folders", "FolderGrants" })
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                sql.AppendLine($"""CREATE TRIGGER search_{table.ToLowerInvariant()}_{change.ToLowerInvariant()} AFTER {change} ON "{table}" BEGIN UPDATE search_folder_version SET version = version + 1; END;""");
        migrationBuilder.Sql(sql.ToString());
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_folder_grants_changed ON "FolderGrants";
                DROP TRIGGER search_folders_changed ON "Folders";
                DROP FUNCTION search_folder_changed();
                DROP TABLE search_folder_version;
                """);
            return;
        }
        var sql = new System.Text.StringBuilder();
        foreach (var table in new[] { "Folders", "FolderGrants" })
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                sql.AppendLine($"DROP TRIGGER search_{table.ToLowerInvariant()}_{change.ToLowerInvariant()};");
        sql.AppendLine("DROP TABLE search_folder_version;");
        migrationBuilder.Sql(sql.ToString());
    }
}
