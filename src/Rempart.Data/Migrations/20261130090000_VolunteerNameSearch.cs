using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// An index of volunteers' names and addresses by trigrams, so that a few letters typed in a list's
/// search find their volunteers without reading every one (MatchVolunteers). On SQLite, an FTS5
/// table with the trigram tokenizer, accents folded, kept by triggers on "Volunteers"; its rows are
/// numbered by a key table with an INTEGER PRIMARY KEY, which VACUUM never renumbers (an implicit
/// rowid it may). On PostgreSQL, a GIN trigram index on the same text, folded by an immutable
/// wrapper of unaccent into a stored generated column: the index's matches are checked again on
/// the row, and unaccent on every one of 12,000 rows cost 35 ms. Outside the EF model, like the
/// documents' index: named "search_…".
/// A later migration that makes EF rebuild "Volunteers" on SQLite drops these triggers with the old
/// table and must create them again (MatchVolunteersTests finds a volunteer added after migrating).
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261130090000_VolunteerNameSearch")]
public sealed class VolunteerNameSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
                ALTER TABLE "Volunteers" ADD COLUMN search_text text GENERATED ALWAYS AS (search_fold("FirstName" || ' ' || "LastName" || ' ' || "Email")) STORED;
                CREATE INDEX search_volunteers_trgm ON "Volunteers" USING gin (search_text gin_trgm_ops);
                """);
            return;
        }
        migrationBuilder.Sql("""
            CREATE TABLE search_volunteer_keys (id INTEGER PRIMARY KEY, volunteer_id TEXT NOT NULL UNIQUE);
            CREATE VIRTUAL TABLE search_volunteers USING fts5(text, tokenize = 'trigram remove_diacritics 1');
            INSERT INTO search_volunteer_keys (volunteer_id) SELECT "Id" FROM "Volunteers";
            INSERT INTO search_volunteers (rowid, text)
                SELECT k.id, v."FirstName" || ' ' || v."LastName" || ' ' || v."Email" FROM "Volunteers" v JOIN search_volunteer_keys k ON k.volunteer_id = v."Id";
            CREATE TRIGGER search_volunteers_insert AFTER INSERT ON "Volunteers" BEGIN
                INSERT INTO search_volunteer_keys (volunteer_id) VALUES (new."Id");
                INSERT INTO search_volunteers (rowid, text)
                    VALUES ((SELECT id FROM search_volunteer_keys WHERE volunteer_id = new."Id"), new."FirstName" || ' ' || new."LastName" || ' ' || new."Email");
            END;
            CREATE TRIGGER search_volunteers_update AFTER UPDATE OF "FirstName", "LastName", "Email" ON "Volunteers" BEGIN
                UPDATE search_volunteers SET text = new."FirstName" || ' ' || new."LastName" || ' ' || new."Email"
                    WHERE rowid = (SELECT id FROM search_volunteer_keys WHERE volunteer_id = new."Id");
            END;
            CREATE TRIGGER search_volunteers_delete AFTER DELETE ON "Volunteers" BEGIN
                DELETE FROM search_volunteers WHERE rowid = (SELECT id FROM search_volunteer_keys WHERE volunteer_id = old."Id");
                DELETE FROM search_volunteer_keys WHERE volunteer_id = old."Id";
            END;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("""DROP INDEX search_volunteers_trgm; ALTER TABLE "Volunteers" DROP COLUMN search_text; DROP FUNCTION search_fold(text);""");
            return;
        }
        migrationBuilder.Sql("""
            DROP TRIGGER search_volunteers_insert; DROP TRIGGER search_volunteers_update; DROP TRIGGER search_volunteers_delete;
            DROP TABLE search_volunteers; DROP TABLE search_volunteer_keys;
            """);
    }
}
