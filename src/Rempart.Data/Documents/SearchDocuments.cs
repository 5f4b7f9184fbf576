using System.Net;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

public enum ArchiveFilter
{
    All,
    Current,
    Archived,
}

/// <summary>A search as the search box and its filters give it: words, a folder (and its subfolders), a period of addition or publication, the archive state.</summary>
public sealed record DocumentSearch(
    string? Text, Guid? FolderId = null, DateOnly? From = null, DateOnly? To = null, bool ByPublication = false, ArchiveFilter Archive = ArchiveFilter.All,
    int Skip = 0, int Take = 20);

/// <summary>A result: the document, where it is, and the passage that matched, as safe HTML with the words in &lt;mark&gt;.</summary>
public sealed record DocumentHit(Guid DocumentId, string Title, string FolderName, string SnippetHtml, DateTime AddedAt, DateOnly? PublishedOn, bool Archived, SearchState SearchState);

/// <summary>The results, how many in all, or a message when there is nothing to look for.</summary>
public sealed record DocumentResults(IReadOnlyList<DocumentHit> Hits, int Total, string? Message);

/// <summary>
/// Searches the docuthèque for one asker. Who they are goes into the index query itself (the
/// grantees that reach them, <see cref="DocumentAudience"/>), so a result they may not open is never
/// found, counted or ranked; the database then has the last word on each result shown, in case a
/// folder's rights changed since its documents were indexed.
/// </summary>
public sealed class SearchDocuments(IDbContextFactory<RempartDbContext> contexts, IDocumentSearchIndex index)
{
    public const int MaximumTake = 100;

    public async Task<DocumentResults> ExecuteAsync(DocumentSearch search, Actor? actor, CancellationToken cancellationToken = default)
    {
        var words = SearchText.Words(search.Text);
        if (words.Count == 0) return new DocumentResults([], 0, "Tapez au moins un mot (lettres ou chiffres).");
        if (search.From > search.To) return new DocumentResults([], 0, "La date de début est après la date de fin.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        if (tree.Readable.Count == 0) return new DocumentResults([], 0, null);
        IReadOnlyCollection<Guid>? folders = null;
        if (search.FolderId is { } root)
        {
            folders = tree.Subtree(root).Where(tree.Rights.ContainsKey).ToList();
            if (folders.Count == 0) return new DocumentResults([], 0, null);
        }
        // Whoever manages everything reads everything: no readers' filter at all.
        var audience = DocumentAccess.ManagesEverything(actor) ? null : DocumentAudience.For(actor, tree.Groups);

        var archived = search.Archive switch { ArchiveFilter.Current => false, ArchiveFilter.Archived => true, _ => (bool?)null };
        var (hits, total) = index.Search(words, audience, folders, archived, search.From?.ToString("yyyy-MM-dd"), search.To?.ToString("yyyy-MM-dd"), search.ByPublication,
            Math.Max(0, search.Skip), Math.Clamp(search.Take, 1, MaximumTake));
        var ids = hits.Select(h => h.DocumentId).ToList();
        // The database has the last word: a document deleted or moved since it was indexed shows as it is now, or not at all.
        // The page's documents are read by their keys only, what a result shows, and their folder checked against the
        // rights just computed (a set in memory, rather than a hundred folders in the query).
        var documents = await db.Documents.Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.FolderId, d.Title, d.AddedAt, d.PublishedOn, Archived = d.ArchivedAt != null, d.SearchState })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        return new DocumentResults(hits.Where(h => documents.TryGetValue(h.DocumentId, out var d) && tree.Rights.ContainsKey(d.FolderId)).Select(h =>
        {
            var document = documents[h.DocumentId];
            return new DocumentHit(document.Id, document.Title, tree.Folders[document.FolderId].Name, Highlight(h.Snippet), document.AddedAt, document.PublishedOn,
                document.Archived, document.SearchState);
        }).ToList(), total, null);
    }

    /// <summary>The snippet escaped, then its markers turned into &lt;mark&gt;: the document's own text can never become markup.</summary>
    internal static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace("\u0001", "<mark>", StringComparison.Ordinal).Replace("\u0002", "</mark>", StringComparison.Ordinal);
}
