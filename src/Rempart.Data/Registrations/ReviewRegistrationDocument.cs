using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>What a document review did: refused, or made, and the step the registration moved to if its file became complete.</summary>
public sealed record DocumentReview(string? Refusal, RegistrationDocument? Document, StageMove? Advanced);

/// <summary>
/// The organisers accept a document or send it back with a note for the volunteer. Accepting the
/// last one a sent file waited for moves the registration on (<see cref="AdvanceRegistration"/>).
/// </summary>
public sealed class ReviewRegistrationDocument(IDbContextFactory<RempartDbContext> contexts, AdvanceRegistration advance, TimeProvider clock)
{
    public async Task<DocumentReview> ExecuteAsync(Guid documentId, bool accept, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.RegistrationDocuments.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var scope = document is null ? null : await RegistrationScope.LoadAsync(db, document.RegistrationId, actor, cancellationToken);
        if (document is null || scope is null) return new DocumentReview("Ce document n'existe pas.", null, null);
        if (!scope.Reviews) return new DocumentReview("Seuls les organisateurs de la session valident les documents.", null, null);
        if (!scope.FileOpen) return new DocumentReview($"L'inscription est « {RegistrationLifecycle.Label(scope.Registration.Stage)} » : son dossier ne se modifie plus.", null, null);
        if (!accept && string.IsNullOrWhiteSpace(note)) return new DocumentReview("Dites au volontaire ce qui ne va pas dans ce document.", null, null);
        if (note?.Trim().Length > 500) return new DocumentReview("Le motif ne peut dépasser 500 caractères.", null, null);

        document.Status = accept ? DocumentStatus.Accepted : DocumentStatus.Rejected;
        document.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        document.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        document.ReviewedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        var advanced = accept ? await advance.ExecuteAsync(document.RegistrationId, cancellationToken) : null;
        return new DocumentReview(null, document, advanced);
    }
}
