using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>
/// Opens a conversation between an association and a volunteer, from either side. They must know
/// each other: the volunteer registered (at some point) on a session the association runs or in
/// places it holds. A manager writes for their own association only; a volunteer for themselves or
/// someone they act for.
/// </summary>
public sealed class StartConversation(IDbContextFactory<RempartDbContext> contexts, MessageFiles files, TimeProvider clock)
{
    public async Task<MessageOutcome> ExecuteAsync(
        Guid organisationId, Guid volunteerId, Actor actor, string? subject, string? body, bool confidential, IReadOnlyList<MessageUpload> uploads,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var fromOrganisation = MessagingAccess.ActsFor(actor, organisationId);
        var involved = fromOrganisation || await MessagingQueries.MyVolunteers(db, actor).ContainsAsync(volunteerId, cancellationToken);
        if (!involved || !await KnowEachOtherAsync(db, organisationId, volunteerId, cancellationToken))
            return MessageOutcome.Refused("Recipient", "Vous ne pouvez pas écrire à ce destinataire.");
        if (MessagingAccess.RefusePost(actor, ConversationKind.Direct, fromOrganisation) is { } refusal) return MessageOutcome.Refused("", refusal);
        var errors = MessagingRules.Validate(subject, body, uploads.Count, needsSubject: true);
        if (errors.Count > 0) return MessageOutcome.Refused(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new Conversation
        {
            Kind = ConversationKind.Direct, OrganisationId = organisationId, VolunteerId = volunteerId, Subject = subject!.Trim(),
            CreatedBy = actor.UserId, CreatedAt = now,
        };
        return await WriteMessage.ExecuteAsync(db, files, conversation, isNew: true, fromOrganisation, actor, body!, confidential, uploads, now, cancellationToken);
    }

    internal static Task<bool> KnowEachOtherAsync(RempartDbContext db, Guid organisationId, Guid volunteerId, CancellationToken cancellationToken) =>
        (from r in db.Registrations
         join s in db.Sessions on r.SessionId equals s.Id
         join w in db.Worksites on s.WorksiteId equals w.Id
         where r.VolunteerId == volunteerId
               && (w.AssociationId == organisationId || db.Allocations.Any(a => a.Id == r.AllocationId && a.OrganisationId == organisationId))
         select r.Id).AnyAsync(cancellationToken);
}
