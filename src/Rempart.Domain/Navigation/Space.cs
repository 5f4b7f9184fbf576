namespace Rempart.Domain.Navigation;

/// <summary>
/// A space is the part of the application one kind of user works in: its home (the dashboard)
/// and the sections it contains. <see cref="TitleKey"/> is a resource key, not text, so that
/// volunteers' and partners' spaces can be shown in French or English.
/// </summary>
public sealed record Space(string Key, string TitleKey, string Href, string Icon, IReadOnlyList<MenuItem> Sections);

/// <summary>An entry of a space's menu; one that <c>ShowsUnreadMessages</c> (the messaging's) adds how many messages wait unread.</summary>
public sealed record MenuItem(string TitleKey, string Href, string Icon, bool ShowsUnreadMessages = false);
