using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>A line of the inbox; <c>AsOrganisation</c>: the asker is on the association's side of it (a manager may also be a volunteer elsewhere).</summary>
public sealed record ConversationSummary(Guid Id, ConversationKind Kind, string Subject, string Counterpart, DateTime LastMessageAt, int Unread, bool AsOrganisation);

/// <summary>The conversations the asker is involved in, the most recently active first, with what they have not read.</summary>
public sealed class ListConversations(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<ConversationSummary>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = MessagingQueries.Visible(db, actor);
        var conversations = await visible.OrderByDescending(c => c.LastMessageAt).Take(Limit).AsNoTracking().ToListAsync(cancellationToken);
        if (conversations.Count == 0) return [];
        var ids = conversations.Select(c => c.Id).ToList();
        var unread = await MessagingQueries.Unread(db, actor, visible.Where(c => ids.Contains(c.Id)))
            .GroupBy(m => m.ConversationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var organisation = MessagingQueries.MyOrganisation(actor);
        var labels = await ConversationLabels.LoadAsync(db, conversations, organisation, cancellationToken);
        return conversations.Select(c => new ConversationSummary(c.Id, c.Kind, c.Subject, labels[c.Id], c.LastMessageAt, unread.GetValueOrDefault(c.Id), c.OrganisationId == organisation)).ToList();
    }
}
