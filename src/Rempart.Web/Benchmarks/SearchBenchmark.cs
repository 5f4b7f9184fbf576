using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.Documents;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// Search over a federation's worth of documents: generates them (folders with rights, titles,
/// tags, descriptions and bodies of plausible French words) in a database and an index of its own,
/// then times typical searches through <see cref="SearchDocuments"/>, as an association manager
/// (rights in the query, results checked against the database), and the same FTS5 MATCH, ranked
/// and counted, on the bare index.
/// </summary>
public sealed class SearchBenchmark(IServiceProvider services, TextWriter output)
{
    public const int Runs = 15;

    private static readonly string[] Vocabulary =
    [
        "château", "chantier", "restauration", "mortier", "chaux", "pierre", "taille", "charpente", "toiture", "ardoise", "tuile", "enduit", "maçonnerie",
        "rempart", "courtine", "donjon", "chapelle", "abbaye", "moulin", "lavoir", "pont", "fortification", "tour", "douves", "échafaudage", "sécurité",
        "bénévole", "volontaire", "animateur", "encadrant", "association", "comité", "assemblée", "budget", "subvention", "compte", "rendu", "procès",
        "verbal", "élevé", "niveau", "été", "printemps", "automne", "hiver", "région", "département", "commune", "patrimoine", "monument", "historique",
        "classé", "inscrit", "diagnostic", "archéologie", "fouille", "relevé", "plan", "devis", "facture", "assurance", "formation", "stage", "sécurité",
    ];

    private static readonly string[] Queries =
    [
        "château", "mortier chaux", "restau", "eleve", "compte rendu", "douves", "bénévole formation", "subvention région", "archéologie fouille",
        "plan", "charpente toiture", "procès verbal", "monument historique", "abbaye", "échafaudage sécurité", "zzkq", "pierre taille", "moulin", "budget", "stage",
    ];

    public async Task<BenchmarkLine> RunAsync(int documentCount, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var index = services.GetRequiredService<IDocumentSearchIndex>();
        var storage = services.GetRequiredService<StorageOptions>();
        var random = new Random(20261122);
        var watch = Stopwatch.StartNew();
        var manager = await GenerateAsync(contexts, index, documentCount, random, cancellationToken);
        output.WriteLine($"  {documentCount:N0} documents générés et indexés en {watch.Elapsed.TotalSeconds:0.0} s");

        var search = services.GetRequiredService<SearchDocuments>();
        var app = new List<double>();
        var bare = new List<double>();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(storage.Root, "search.db")}");
        connection.Open();
        // Warm both paths once (query plans, caches), then alternate them so that neither gets a warmer machine.
        foreach (var query in Queries)
        {
            await search.ExecuteAsync(new DocumentSearch(query), manager, cancellationToken);
            Bare(connection, SearchText.ToMatch(query)!);
        }
        for (var run = 0; run < Runs; run++)
            foreach (var query in Queries)
            {
                watch.Restart();
                await search.ExecuteAsync(new DocumentSearch(query), manager, cancellationToken);
                app.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                Bare(connection, SearchText.ToMatch(query)!);
                bare.Add(watch.Elapsed.TotalMilliseconds);
            }
        return BenchmarkLine.Of($"Recherche, {documentCount:N0} documents ({Queries.Length} requêtes × {Runs})", app, bare);
    }

    /// <summary>The best FTS5 does for the same page of results, without rights: the match ranked by the same weights, its snippets, and the count.</summary>
    private static void Bare(SqliteConnection connection, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT document_id, snippet(documents, -1, char(1), char(2), '…', 14), bm25(documents, 10.0, 5.0, 3.0, 1.0, 0.0, 0.0, 0.0) AS score
            FROM documents WHERE documents MATCH $match ORDER BY score LIMIT 20;
            SELECT count(*) FROM documents WHERE documents MATCH $match;
            """;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        do
        {
            while (reader.Read()) _ = reader.GetValue(0);
        }
        while (reader.NextResult());
    }

    /// <summary>200 folders (half open to association managers, half to one association each), and the documents spread over them.</summary>
    private static async Task<Actor> GenerateAsync(IDbContextFactory<RempartDbContext> contexts, IDocumentSearchIndex index, int count, Random random, CancellationToken cancellationToken)
    {
        var association = Guid.NewGuid();
        var folders = Enumerable.Range(0, 200).Select(i => new Folder { Name = $"Dossier {i}", CreatedAt = DateTime.UtcNow, OverridesGrants = true }).ToList();
        var grants = folders.Select((f, i) => i % 2 == 0
                ? new FolderGrant { FolderId = f.Id, Grantee = GranteeKind.Profile, Profile = ProfileKind.AssociationManager, Right = DocumentRight.Read }
                : new FolderGrant { FolderId = f.Id, Grantee = GranteeKind.Organisation, OrganisationId = i % 10 == 1 ? association : Guid.NewGuid(), Right = DocumentRight.Read })
            .ToDictionary(g => g.FolderId, g => (IReadOnlyList<FolderGrant>)[g]);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Folders.AddRange(folders);
            db.FolderGrants.AddRange(grants.Values.SelectMany(g => g));
            await db.SaveChangesAsync(cancellationToken);
        }
        // One word in ten from the vocabulary of the trade, the others from 20,000 rarer ones: "château" ends up in about a fifth of the documents.
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => random.Next(10) == 0 ? Vocabulary[random.Next(Vocabulary.Length)] : $"mot{random.Next(20_000)}"));
        const int batch = 5000;
        for (var start = 0; start < count; start += batch)
        {
            var documents = new List<Document>();
            var entries = new List<IndexEntry>();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var folder = folders[random.Next(folders.Count)];
                var added = DateTime.UtcNow.AddDays(-random.Next(1000));
                var document = new Document
                {
                    FolderId = folder.Id, Title = Words(4), Tags = Words(2).Replace(' ', ','), Description = Words(12), AddedAt = added, AuthorName = "Banc d'essai",
                    SearchState = SearchState.Indexed, ArchivedAt = random.Next(4) == 0 ? added.AddDays(90) : null,
                };
                documents.Add(document);
                db.DocumentVersions.Add(new DocumentVersion { DocumentId = document.Id, Number = 1, FileName = "document.pdf", ContentType = StoredFormat.Pdf.ContentType, StoredName = $"{document.Id:N}.pdf", UploadedAt = added });
                entries.Add(new IndexEntry(document.Id, folder.Id, DocumentAudience.Of(grants[folder.Id]), document.Title, document.Tags, document.Description, Words(150), document.ArchivedAt is not null, added, null));
            }
            db.Documents.AddRange(documents);
            await db.SaveChangesAsync(cancellationToken);
            index.PutMany(entries);
        }
        return new Actor(Guid.NewGuid(), "Gestionnaire", new HashSet<ProfileKind> { ProfileKind.AssociationManager }, association);
    }
}
