using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Web.Registrations;

/// <summary>Accepts or sends back a document (<see cref="ReviewRegistrationDocument"/>); the volunteer hears of a document to send again, or of the step the file moved to.</summary>
public sealed class ReviewDocument(ReviewRegistrationDocument review, RegistrationMails mails)
{
    public async Task<DocumentReview> ExecuteAsync(Guid documentId, bool accept, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        var outcome = await review.ExecuteAsync(documentId, accept, note, actor, cancellationToken);
        if (outcome.Document is { Status: DocumentStatus.Rejected } rejected)
            await mails.SendDocumentRejectedAsync(rejected.RegistrationId, DocumentRules.Label(rejected.Kind), rejected.ReviewNote ?? "", cancellationToken);
        if (outcome.Advanced is { } move) await mails.SendStageChangeAsync(move, cancellationToken);
        return outcome;
    }
}
