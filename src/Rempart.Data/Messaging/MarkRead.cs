using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>Moves one person's reading of a conversation to a moment, never backwards.</summary>
internal static class MarkRead
{
    public static async Task ApplyAsync(RempartDbContext db, Guid conversationId, Guid userId, DateTime at, CancellationToken cancellationToken)
    {
        var read = await db.ConversationReads.FirstOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, cancellationToken);
        if (read is null) db.ConversationReads.Add(new ConversationRead { ConversationId = conversationId, UserId = userId, ReadAt = at });
        else if (read.ReadAt < at) read.ReadAt = at;
    }
}
