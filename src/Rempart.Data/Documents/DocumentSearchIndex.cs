using Microsoft.Data.Sqlite;
using Rempart.Data.Database;

namespace Rempart.Data.Documents;

/// <summary>What the index holds of one document: its words by field, its readers (<see cref="Domain.Documents.DocumentAudience"/>), and what the filters need.</summary>
public sealed record IndexEntry(
    Guid DocumentId, Guid FolderId, IReadOnlyList<string> Audience, string Title, string Tags, string Description, string Body, bool Archived, DateTime AddedAt, DateOnly? PublishedOn);

/// <summary>One hit, best first: the document, and its best passage with the matched words between \u0001 and \u0002.</summary>
public sealed record IndexHit(Guid DocumentId, string Snippet);

/// <summary>
/// The docuthèque's full-text index: FTS5 in the data folder with SQLite (<see cref="DocumentSearchIndex"/>),
/// PostgreSQL's own full-text search with PostgreSQL (<see cref="PostgresDocumentIndex"/>), so that
/// several servers share it. Both fold accents, match words by prefix, rank a title above tags above
/// a description above the body, and filter by readers, folders, archive state and dates in the query.
/// </summary>
public interface IDocumentSearchIndex
{
    /// <summary>Writes (or rewrites) one document's entry.</summary>
    void Put(IndexEntry entry) => PutMany([entry]);

    /// <summary>Writes (or rewrites) many entries in one transaction (a rebuild, the benchmark's generated documents).</summary>
    void PutMany(IEnumerable<IndexEntry> entries);

    void Remove(Guid documentId);

    /// <summary>Empties the index, before a rebuild.</summary>
    void Clear();

    int Count();

    /// <summary>
    /// The documents matching every one of <paramref name="words"/> (by prefix; <see cref="SearchText.Words"/>),
    /// readable by one of the <paramref name="audience"/> (null: by anyone, for those who manage
    /// everything), in the folders chosen (null: any), in the archive state asked (null: both),
    /// added or published (<paramref name="byPublication"/>) between two ISO dates, best first.
    /// </summary>
    (IReadOnlyList<IndexHit> Hits, int Total) Search(
        IReadOnlyList<string> words, IReadOnlyList<string>? audience, IReadOnlyCollection<Guid>? folders, bool? archived, string? from, string? to, bool byPublication, int skip, int take);
}

/// <summary>
/// The docuthèque's full-text index with SQLite: an FTS5 table in the data folder's <c>search.db</c>. Accents are folded (<c>unicode61 remove_diacritics 2</c>:
/// "eleve" finds "élevé"), words are matched by prefix, and bm25 ranks a title above tags, tags above
/// a description, a description above the body. The filters, rights first, are part of the query.
/// </summary>
public sealed class DocumentSearchIndex : IDocumentSearchIndex
{
    private readonly string connectionString;

    public DocumentSearchIndex(StorageOptions storage)
    {
        Directory.CreateDirectory(storage.Root);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(storage.Root, "search.db"), Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE VIRTUAL TABLE IF NOT EXISTS documents USING fts5(
                title, tags, description, body, folder, audience, state,
                document_id UNINDEXED, added_at UNINDEXED, published_on UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE IF NOT EXISTS entries (document_id TEXT PRIMARY KEY, row INTEGER NOT NULL);
            """);
    }

    public void PutMany(IEnumerable<IndexEntry> entries)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries) Write(connection, entry);
        transaction.Commit();
    }

    private static void Write(SqliteConnection connection, IndexEntry entry)
    {
        Remove(connection, entry.DocumentId);
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO documents (title, tags, description, body, folder, audience, state, document_id, added_at, published_on)
                VALUES ($title, $tags, $description, $body, $folder, $audience, $state, $id, $added, $published);
                INSERT INTO entries (document_id, row) VALUES ($id, last_insert_rowid());
                """;
            insert.Parameters.AddWithValue("$title", entry.Title);
            insert.Parameters.AddWithValue("$tags", entry.Tags);
            insert.Parameters.AddWithValue("$description", entry.Description);
            insert.Parameters.AddWithValue("$body", entry.Body);
            insert.Parameters.AddWithValue("$id", Key(entry.DocumentId));
            insert.Parameters.AddWithValue("$folder", FolderToken(entry.FolderId));
            insert.Parameters.AddWithValue("$audience", string.Join(' ', entry.Audience));
            insert.Parameters.AddWithValue("$state", entry.Archived ? ArchivedToken : CurrentToken);
            insert.Parameters.AddWithValue("$added", entry.AddedAt.ToString("yyyy-MM-dd"));
            insert.Parameters.AddWithValue("$published", entry.PublishedOn?.ToString("yyyy-MM-dd") ?? "");
            insert.ExecuteNonQuery();
        }
    }

    public void Remove(Guid documentId)
    {
        using var connection = Open();
        Remove(connection, documentId);
    }

    public void Clear()
    {
        using var connection = Open();
        Execute(connection, "DELETE FROM documents; DELETE FROM entries;");
    }

    public int Count()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entries";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>
    /// The readers, the folder and the archive state are words of their own columns, so that FTS5
    /// filters them with its index, as it does the words; the dates, rarely asked for, are compared
    /// on the rows found.
    /// </summary>
    public (IReadOnlyList<IndexHit> Hits, int Total) Search(
        IReadOnlyList<string> words, IReadOnlyList<string>? audience, IReadOnlyCollection<Guid>? folders, bool? archived, string? from, string? to, bool byPublication, int skip, int take)
    {
        using var connection = Open();
        var match = $"({SearchText.ToMatch(words)})";
        if (audience is not null) match += $" AND audience : ({string.Join(" OR ", audience)})";
        if (folders is not null) match += $" AND folder : ({string.Join(" OR ", folders.Select(FolderToken))})";
        if (archived is { } state) match += $" AND state : {(state ? ArchivedToken : CurrentToken)}";
        var date = byPublication ? "published_on" : "added_at";
        var where = "documents MATCH $match"
            + (from is null ? "" : $" AND {date} <> '' AND {date} >= $from")
            + (to is null ? "" : $" AND {date} <> '' AND {date} <= $to");
        void Bind(SqliteCommand command)
        {
            command.Parameters.AddWithValue("$match", match);
            if (from is not null) command.Parameters.AddWithValue("$from", from);
            if (to is not null) command.Parameters.AddWithValue("$to", to);
        }

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM documents WHERE {where}";
        Bind(count);
        var total = Convert.ToInt32(count.ExecuteScalar());

        using var query = connection.CreateCommand();
        query.CommandText = $"""
            SELECT document_id, snippet(documents, -1, char(1), char(2), '…', 14), bm25(documents, 10.0, 5.0, 3.0, 1.0, 0.0, 0.0, 0.0) AS score
            FROM documents WHERE {where}
            ORDER BY score LIMIT $take OFFSET $skip
            """;
        Bind(query);
        query.Parameters.AddWithValue("$take", take);
        query.Parameters.AddWithValue("$skip", skip);
        var hits = new List<IndexHit>();
        using var reader = query.ExecuteReader();
        while (reader.Read()) hits.Add(new IndexHit(Guid.Parse(reader.GetString(0)), reader.GetString(1)));
        return (hits, total);
    }

    // Words no text contains: "f" and a folder's id, "etatarchive" and "etatcourant".
    private const string ArchivedToken = "etatarchive", CurrentToken = "etatcourant";

    private static string FolderToken(Guid folderId) => $"f{folderId:N}";

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static void Remove(SqliteConnection connection, Guid documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM documents WHERE rowid IN (SELECT row FROM entries WHERE document_id = $id);
            DELETE FROM entries WHERE document_id = $id;
            """;
        command.Parameters.AddWithValue("$id", Key(documentId));
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Key(Guid id) => id.ToString("N");
}
