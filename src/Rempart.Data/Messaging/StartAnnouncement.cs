using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>
/// Writes to every volunteer registered on a session (asked for, held or confirmed), for the
/// association that runs it. Volunteers who register later find it too: who reads an announcement
/// is decided when it is read.
/// </summary>
public sealed class StartAnnouncement(IDbContextFactory<RempartDbContext> contexts, MessageFiles files, TimeProvider clock)
{
    public async Task<MessageOutcome> ExecuteAsync(
        Guid sessionId, Actor actor, string? subject, string? body, bool confidential, IReadOnlyList<MessageUpload> uploads, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organiser = await (from s in db.Sessions
                               join w in db.Worksites on s.WorksiteId equals w.Id
                               where s.Id == sessionId
                               select (Guid?)w.AssociationId).FirstOrDefaultAsync(cancellationToken);
        if (organiser is not { } organisationId || !MessagingAccess.ActsFor(actor, organisationId))
            return MessageOutcome.Refused("Session", "Choisissez une session de votre association.");
        if (MessagingAccess.RefusePost(actor, ConversationKind.Announcement, fromOrganisation: true) is { } refusal) return MessageOutcome.Refused("", refusal);
        var errors = MessagingRules.Validate(subject, body, uploads.Count, needsSubject: true);
        if (errors.Count > 0) return MessageOutcome.Refused(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new Conversation
        {
            Kind = ConversationKind.Announcement, OrganisationId = organisationId, SessionId = sessionId, Subject = subject!.Trim(),
            CreatedBy = actor.UserId, CreatedAt = now,
        };
        return await WriteMessage.ExecuteAsync(db, files, conversation, isNew: true, fromOrganisation: true, actor, body!, confidential, uploads, now, cancellationToken);
    }
}
