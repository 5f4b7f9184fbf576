namespace Rempart.Domain.Website;

/// <summary>What a change of the programme means for the website and for webhook consumers, and when a failed push is tried again.</summary>
public static class WebsiteRules
{
    /// <summary>
    /// Waits after the n-th failure in a row: 30 s, 2 min, 10 min, 1 h, then every 6 h. A website
    /// down for a night is caught up in the morning without hammering it meanwhile.
    /// </summary>
    public static TimeSpan RetryDelay(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromSeconds(30),
        2 => TimeSpan.FromMinutes(2),
        3 => TimeSpan.FromMinutes(10),
        4 => TimeSpan.FromHours(1),
        _ => TimeSpan.FromHours(6),
    };

    /// <summary>How long a claimed push may run before another run may take the item again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The webhook events a change of one session means: published when it enters the programme,
    /// unpublished when it leaves, changed when its content differs, availability-changed when its
    /// free places or its registration opening differ (both can come at once).
    /// </summary>
    public static IReadOnlyList<string> SessionEvents(WebsiteItem? before, bool live, string contentHash, int? freePlaces, bool? registrationOpen)
    {
        if (before is null || !before.Live) return live ? [WebhookEvents.SessionPublished] : [];
        if (!live) return [WebhookEvents.SessionUnpublished];
        var events = new List<string>(2);
        if (before.ContentHash != contentHash) events.Add(WebhookEvents.SessionChanged);
        if (before.FreePlaces != freePlaces || before.RegistrationOpen != registrationOpen) events.Add(WebhookEvents.SessionAvailabilityChanged);
        return events;
    }

    public static string StateLabel(WebsiteItem item) => (item.State, item.Live) switch
    {
        (WebsiteSyncState.Synced, true) => "À jour",
        (WebsiteSyncState.Synced, false) => "Retiré du site",
        (WebsiteSyncState.Pending, true) => "À envoyer",
        (WebsiteSyncState.Pending, false) => "À retirer",
        _ => "Échec",
    };

    public static string KindLabel(WebsiteItemKind kind) => kind switch
    {
        WebsiteItemKind.Site => "Site",
        WebsiteItemKind.Worksite => "Chantier",
        _ => "Session",
    };
}
