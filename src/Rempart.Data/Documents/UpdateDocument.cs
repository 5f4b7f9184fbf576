using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A document's description as its form gives it; <c>FolderId</c> moves it (to a folder the asker manages too).</summary>
public sealed record DocumentDraft(string? Title, string? Description, string? Tags, DateOnly? PublishedOn, Guid FolderId);

/// <summary>Describes, moves, archives or restores a document, for those who manage its folder; the index reads it again.</summary>
public sealed class UpdateDocument(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(Guid documentId, DocumentDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken);
        if (scope is null || scope.Right != DocumentRight.Manage) return new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier ce document." };
        var errors = DocumentRules.ValidateDocument(draft.Title, draft.Description, draft.Tags);
        if (draft.FolderId != scope.Document.FolderId && !scope.Tree.MayManage(draft.FolderId)) errors["FolderId"] = "Vous ne pouvez pas déplacer le document dans ce dossier.";
        if (errors.Count > 0) return errors;
        var document = scope.Document;
        document.Title = draft.Title!.Trim();
        document.Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        document.Tags = DocumentRules.NormaliseTags(draft.Tags);
        document.PublishedOn = draft.PublishedOn;
        document.FolderId = draft.FolderId;
        document.SearchState = SearchState.Pending;
        document.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return new Dictionary<string, string>();
    }

    /// <summary>Moves a document to its folder's archive view, or back; archived, it stays searchable.</summary>
    public async Task<string?> ArchiveAsync(Guid documentId, bool archived, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken);
        if (scope is null || scope.Right != DocumentRight.Manage) return "Vous ne pouvez pas modifier ce document.";
        var document = scope.Document;
        var now = clock.GetUtcNow().UtcDateTime;
        document.ArchivedAt = archived ? now : null;
        // Restored, it stays in force for a whole period again before the daily job archives it anew.
        if (!archived) document.RestoredAt = now;
        document.SearchState = SearchState.Pending;
        document.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
