using Rempart.Data.Messaging;
using Rempart.Web.Accounts;

namespace Rempart.Web.Messaging;

/// <summary>
/// The unread count the navigation shows, for one circuit: read again when the user moves from
/// page to page and when a page has just changed it (a conversation opened, a message sent).
/// </summary>
public sealed class UnreadMessages(CountUnreadMessages count, CurrentActor actor)
{
    public int Count { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync()
    {
        var fresh = await count.ExecuteAsync(await actor.GetAsync());
        if (fresh == Count) return;
        Count = fresh;
        Changed?.Invoke();
    }
}
