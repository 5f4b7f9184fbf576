using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// The docuthèque's full-text index in PostgreSQL (PostgresDocumentIndex): the French configuration
/// with accents folded, and the table with its vector and readers, both indexed with GIN. Nothing on
/// SQLite, whose index is FTS5 in the data folder. Outside the EF model: only that class reads it.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261129100000_DocumentSearchOnPostgres")]
public sealed class DocumentSearchOnPostgres : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql()) return;
        migrationBuilder.Sql("""
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE TEXT SEARCH CONFIGURATION rempart_fr (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION rempart_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
            CREATE TABLE document_search (
                document_id uuid PRIMARY KEY,
                folder_id uuid NOT NULL,
                audience text[] NOT NULL,
                archived boolean NOT NULL,
                added_on date NOT NULL,
                published_on date NULL,
                title text NOT NULL,
                tags text NOT NULL,
                description text NOT NULL,
                body text NOT NULL,
                search tsvector NOT NULL);
            CREATE INDEX ix_document_search_search ON document_search USING gin (search);
            CREATE INDEX ix_document_search_audience ON document_search USING gin (audience);
            CREATE INDEX ix_document_search_folder ON document_search (folder_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql()) return;
        migrationBuilder.Sql("DROP TABLE document_search; DROP TEXT SEARCH CONFIGURATION rempart_fr;");
    }
}
