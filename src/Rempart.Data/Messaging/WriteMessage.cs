using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>What writing a message did: the conversation and message, or the errors by field; and whom to tell.</summary>
public sealed record MessageOutcome(Guid ConversationId, Guid MessageId, IReadOnlyDictionary<string, string> Errors, MessageNotice? Notice)
{
    public bool Succeeded => Errors.Count == 0;

    internal static MessageOutcome Refused(string field, string error) => new(Guid.Empty, Guid.Empty, new Dictionary<string, string> { [field] = error }, null);

    internal static MessageOutcome Refused(IReadOnlyDictionary<string, string> errors) => new(Guid.Empty, Guid.Empty, errors, null);
}

/// <summary>
/// Who must hear of a new message, and what the e-mail may say: the subject and the text are null
/// when the message is confidential, so that only a link leaves Rempart.
/// </summary>
public sealed record MessageNotice(Guid ConversationId, bool ToOrganisation, string Author, string? Subject, string? Text, IReadOnlyList<Recipient> Recipients);

/// <summary>The part every way of writing shares: attachments kept, the message saved with them, the writer's own reading moved on, the other side found.</summary>
internal static class WriteMessage
{
    public static async Task<MessageOutcome> ExecuteAsync(
        RempartDbContext db, MessageFiles files, Conversation conversation, bool isNew, bool fromOrganisation, Actor actor,
        string body, bool confidential, IReadOnlyList<MessageUpload> uploads, DateTime now, CancellationToken cancellationToken)
    {
        var (kept, refusal) = await files.KeepAsync(uploads, cancellationToken);
        if (refusal is not null) return MessageOutcome.Refused("Attachments", refusal);

        var message = new Message
        {
            ConversationId = conversation.Id, AuthorId = actor.UserId, AuthorName = actor.Name, FromOrganisation = fromOrganisation,
            Body = body.Trim(), Confidential = confidential, SentAt = now,
        };
        if (isNew) db.Conversations.Add(conversation);
        conversation.LastMessageAt = now;
        db.Messages.Add(message);
        foreach (var attachment in kept)
        {
            attachment.MessageId = message.Id;
            db.MessageAttachments.Add(attachment);
        }
        await MarkRead.ApplyAsync(db, conversation.Id, actor.UserId, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            files.Delete(kept);
            throw;
        }

        var recipients = await RecipientsAsync(db, conversation, fromOrganisation, cancellationToken);
        // A parent writing for their child is also on the child's side: they do not hear of their own message.
        var myEmail = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        var organisation = await db.Organisations.Where(o => o.Id == conversation.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var author = fromOrganisation ? $"{actor.Name} ({organisation})" : actor.Name;
        var notice = new MessageNotice(conversation.Id, !fromOrganisation, author,
            confidential ? null : conversation.Subject, confidential ? null : message.Body,
            recipients.Where(r => !string.Equals(r.Email, myEmail, StringComparison.OrdinalIgnoreCase)).ToList());
        return new MessageOutcome(conversation.Id, message.Id, new Dictionary<string, string>(), notice);
    }

    private static async Task<List<Recipient>> RecipientsAsync(RempartDbContext db, Conversation conversation, bool fromOrganisation, CancellationToken cancellationToken)
    {
        List<Recipient> found;
        if (!fromOrganisation)
            found = await MessagingQueries.ManagersOf(db, conversation.OrganisationId).ToListAsync(cancellationToken);
        else
        {
            var volunteers = conversation.Kind == ConversationKind.Direct
                ? db.Volunteers.Where(v => v.Id == conversation.VolunteerId).Select(v => v.Id)
                : MessagingQueries.Active(db).Where(r => r.SessionId == conversation.SessionId).Select(r => r.VolunteerId);
            found = await MessagingQueries.VolunteerSideAsync(db, volunteers, cancellationToken);
        }
        return found.DistinctBy(r => r.Email.ToLowerInvariant()).ToList();
    }
}
