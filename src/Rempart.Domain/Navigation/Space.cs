namespace Rempart.Domain.Navigation;

/// <summary>
/// A space is the part of the application one kind of user works in: its home (the dashboard)
/// and the sections it contains. <see cref="TitleKey"/> is a resource key, not text, so that
/// volunteers' and partners' spaces can be shown in French or English.
/// </summary>
public sealed record Space(string Key, string TitleKey, string Href, string Icon, IReadOnlyList<MenuItem> Sections);

public sealed record MenuItem(string TitleKey, string Href, string Icon);
