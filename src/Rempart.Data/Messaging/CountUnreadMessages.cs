using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Messaging;

/// <summary>How many messages wait for the asker, for the badge of the navigation.</summary>
public sealed class CountUnreadMessages(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<int> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MessagingQueries.Unread(db, actor, MessagingQueries.Visible(db, actor)).CountAsync(cancellationToken);
    }
}
