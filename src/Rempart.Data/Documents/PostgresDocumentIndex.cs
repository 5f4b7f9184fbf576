using Npgsql;
using NpgsqlTypes;
using Rempart.Data.Database;

namespace Rempart.Data.Documents;

/// <summary>
/// The docuthèque's full-text index with PostgreSQL, in the application's database (table
/// <c>document_search</c>, made by the DocumentSearchOnPostgres migration), so that every server of
/// a cluster reads and writes the same one. The text search configuration <c>rempart_fr</c> is
/// French with accents folded (unaccent, then the French stemmer): "eleve" finds "élevé", and a
/// word matches by prefix (<c>:*</c>). Title, tags, description and body weigh A, B, C, D; readers
/// are an array filtered by a GIN index, like the words.
/// </summary>
public sealed class PostgresDocumentIndex(DatabaseSettings settings) : IDocumentSearchIndex
{
    /// <summary>What a document's vector reads of its body: PostgreSQL's vectors hold a megabyte at most.</summary>
    private const int BodyCharacters = 300_000;

    private const string HeadlineOptions = "StartSel=\u0001, StopSel=\u0002, MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…";

    public void PutMany(IEnumerable<IndexEntry> entries)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries)
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO document_search (document_id, folder_id, audience, archived, added_on, published_on, title, tags, description, body, search)
                VALUES (@id, @folder, @audience, @archived, @added, @published, @title, @tags, @description, @body,
                    setweight(to_tsvector('rempart_fr', @title), 'A') || setweight(to_tsvector('rempart_fr', @tags), 'B')
                    || setweight(to_tsvector('rempart_fr', @description), 'C') || setweight(to_tsvector('rempart_fr', left(@body, @bodyCharacters)), 'D'))
                ON CONFLICT (document_id) DO UPDATE SET folder_id = excluded.folder_id, audience = excluded.audience, archived = excluded.archived,
                    added_on = excluded.added_on, published_on = excluded.published_on, title = excluded.title, tags = excluded.tags,
                    description = excluded.description, body = excluded.body, search = excluded.search
                """, connection, transaction);
            command.Parameters.AddWithValue("id", entry.DocumentId);
            command.Parameters.AddWithValue("folder", entry.FolderId);
            command.Parameters.AddWithValue("audience", entry.Audience.ToArray());
            command.Parameters.AddWithValue("archived", entry.Archived);
            command.Parameters.AddWithValue("added", DateOnly.FromDateTime(entry.AddedAt));
            command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.Date) { Value = entry.PublishedOn is { } published ? published : DBNull.Value });
            command.Parameters.AddWithValue("title", entry.Title);
            command.Parameters.AddWithValue("tags", entry.Tags);
            command.Parameters.AddWithValue("description", entry.Description);
            command.Parameters.AddWithValue("body", entry.Body);
            command.Parameters.AddWithValue("bodyCharacters", BodyCharacters);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public void Remove(Guid documentId)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("DELETE FROM document_search WHERE document_id = @id", connection);
        command.Parameters.AddWithValue("id", documentId);
        command.ExecuteNonQuery();
    }

    public void Clear()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("DELETE FROM document_search", connection);
        command.ExecuteNonQuery();
    }

    public int Count()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM document_search", connection);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    public (IReadOnlyList<IndexHit> Hits, int Total) Search(
        IReadOnlyList<string> words, IReadOnlyList<string>? audience, IReadOnlyCollection<Guid>? folders, bool? archived, string? from, string? to, bool byPublication, int skip, int take)
    {
        if (words.Count == 0) return ([], 0);
        using var connection = Open();
        // Words are letters and digits only (SearchText.Words): each by prefix, all required.
        var query = string.Join(" & ", words.Select(w => $"{w}:*"));
        var date = byPublication ? "published_on" : "added_on";
        var where = "search @@ to_tsquery('rempart_fr', @query)"
            + (audience is null ? "" : " AND audience && @audience")
            + (folders is null ? "" : " AND folder_id = ANY(@folders)")
            + (archived is null ? "" : " AND archived = @archived")
            + (from is null ? "" : $" AND {date} >= @from")
            + (to is null ? "" : $" AND {date} <= @to");
        void Bind(NpgsqlCommand command)
        {
            command.Parameters.AddWithValue("query", query);
            if (audience is not null) command.Parameters.AddWithValue("audience", audience.ToArray());
            if (folders is not null) command.Parameters.AddWithValue("folders", folders.ToArray());
            if (archived is { } state) command.Parameters.AddWithValue("archived", state);
            if (from is not null) command.Parameters.AddWithValue("from", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
            if (to is not null) command.Parameters.AddWithValue("to", DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        }

        using var count = new NpgsqlCommand($"SELECT count(*) FROM document_search WHERE {where}", connection);
        Bind(count);
        var total = Convert.ToInt32(count.ExecuteScalar());
        if (total == 0) return ([], 0);

        // Ranked first, then only the page's passages are cut (ts_headline reads the whole text again).
        using var select = new NpgsqlCommand($"""
            SELECT document_id, ts_headline('rempart_fr', concat_ws(' ', title, tags, description, left(body, @bodyCharacters)), to_tsquery('rempart_fr', @query), @options)
            FROM (SELECT document_id, title, tags, description, body, ts_rank(@weights, search, to_tsquery('rempart_fr', @query)) AS score
                  FROM document_search WHERE {where}
                  ORDER BY score DESC, document_id LIMIT @take OFFSET @skip) page
            ORDER BY score DESC, document_id
            """, connection);
        Bind(select);
        select.Parameters.AddWithValue("options", HeadlineOptions);
        // Weights of D, C, B, A: body, description, tags, title.
        select.Parameters.AddWithValue("weights", new[] { 0.1f, 0.3f, 0.5f, 1.0f });
        select.Parameters.AddWithValue("bodyCharacters", BodyCharacters);
        select.Parameters.AddWithValue("take", take);
        select.Parameters.AddWithValue("skip", skip);
        var hits = new List<IndexHit>();
        using var reader = select.ExecuteReader();
        while (reader.Read()) hits.Add(new IndexHit(reader.GetGuid(0), reader.GetString(1)));
        return (hits, total);
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Open();
        return connection;
    }
}
