using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

public sealed record AttachmentView(Guid Id, string FileName, long SizeBytes);

public sealed record MessageView(Guid Id, string Author, bool FromOrganisation, bool Mine, string Body, bool Confidential, DateTime SentAt, IReadOnlyList<AttachmentView> Attachments);

/// <summary>A conversation as the asker sees it: whom with, from which side, whether they may write in it, and its messages oldest first.</summary>
public sealed record ConversationView(
    Guid Id, ConversationKind Kind, string Subject, string Counterpart, bool AsOrganisation, string? PostRefusal, IReadOnlyList<MessageView> Messages);

/// <summary>
/// Opens a conversation for someone involved in it, and records that they have read it. Anyone
/// else (another association, staff, another volunteer) gets nothing, as if it did not exist.
/// </summary>
public sealed class ReadConversation(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<ConversationView?> ExecuteAsync(Guid conversationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await MessagingQueries.Visible(db, actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null) return null;
        var asOrganisation = MessagingAccess.ActsFor(actor, conversation.OrganisationId);
        var messages = await db.Messages.Where(m => m.ConversationId == conversationId).OrderBy(m => m.SentAt).AsNoTracking().ToListAsync(cancellationToken);
        var messageIds = messages.Select(m => m.Id).ToList();
        var attachments = (await db.MessageAttachments.Where(a => messageIds.Contains(a.MessageId)).AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId);
        var organisation = await db.Organisations.Where(o => o.Id == conversation.OrganisationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var labels = await ConversationLabels.LoadAsync(db, [conversation], MessagingQueries.MyOrganisation(actor), cancellationToken);

        await MarkRead.ApplyAsync(db, conversationId, actor.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Opened twice at the same moment (two tabs): the other opening recorded the reading.
        }

        return new ConversationView(conversation.Id, conversation.Kind, conversation.Subject, labels[conversation.Id], asOrganisation,
            MessagingAccess.RefusePost(actor, conversation.Kind, asOrganisation),
            messages.Select(m => new MessageView(m.Id, m.FromOrganisation ? $"{m.AuthorName} ({organisation})" : m.AuthorName, m.FromOrganisation,
                m.AuthorId == actor.UserId, m.Body, m.Confidential, m.SentAt,
                attachments[m.Id].Select(a => new AttachmentView(a.Id, a.FileName, a.SizeBytes)).ToList())).ToList());
    }
}
