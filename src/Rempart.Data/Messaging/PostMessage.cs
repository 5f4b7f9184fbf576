using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>Answers in a conversation the asker is involved in; an announcement takes answers from its association only.</summary>
public sealed class PostMessage(IDbContextFactory<RempartDbContext> contexts, MessageFiles files, TimeProvider clock)
{
    public async Task<MessageOutcome> ExecuteAsync(
        Guid conversationId, Actor actor, string? body, bool confidential, IReadOnlyList<MessageUpload> uploads, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await MessagingQueries.Visible(db, actor).FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null) return MessageOutcome.Refused("", "Cette conversation n'existe pas.");
        var fromOrganisation = MessagingAccess.ActsFor(actor, conversation.OrganisationId);
        if (MessagingAccess.RefusePost(actor, conversation.Kind, fromOrganisation) is { } refusal) return MessageOutcome.Refused("", refusal);
        var errors = MessagingRules.Validate(null, body, uploads.Count, needsSubject: false);
        if (errors.Count > 0) return MessageOutcome.Refused(errors);
        return await WriteMessage.ExecuteAsync(db, files, conversation, isNew: false, fromOrganisation, actor, body!, confidential, uploads,
            clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
