using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Messaging;

/// <summary>A message's attachment, for someone involved in its conversation; anyone else gets nothing.</summary>
public sealed class OpenMessageAttachment(IDbContextFactory<RempartDbContext> contexts, MessageFiles files)
{
    public async Task<DocumentFile?> ExecuteAsync(Guid attachmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = MessagingQueries.Visible(db, actor);
        var attachment = await (from a in db.MessageAttachments
                                join m in db.Messages on a.MessageId equals m.Id
                                where a.Id == attachmentId && visible.Any(c => c.Id == m.ConversationId)
                                select a).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (attachment is null) return null;
        var path = files.PathOf(attachment);
        return File.Exists(path) ? new DocumentFile(path, attachment.ContentType, attachment.FileName) : null;
    }
}
