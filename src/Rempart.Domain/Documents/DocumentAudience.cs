using Rempart.Domain.Accounts;

namespace Rempart.Domain.Documents;

/// <summary>
/// Rights as words, for the search index: a document carries a word for each grantee its folder's
/// grants name ("apublic", "apassociationmanager", "ao" and an organisation's id, "ag" and a group's
/// id), and an asker looks for the words of the grantees that reach them. The same rule as
/// <see cref="DocumentAccess.Reaches"/>, said the index's way, so that FTS5 filters rights with its
/// own index.
/// </summary>
public static class DocumentAudience
{
    public const string Public = "apublic";

    /// <summary>A folder without grants is for staff holding documents.manage only, who search without this filter.</summary>
    public const string Nobody = "anobody";

    public static IReadOnlyList<string> Of(IReadOnlyList<FolderGrant> effectiveGrants)
    {
        var words = effectiveGrants.Select(g => g.Grantee switch
        {
            GranteeKind.Public => Public,
            GranteeKind.Profile => Profile(g.Profile),
            GranteeKind.Organisation => g.OrganisationId is { } o ? Organisation(o) : null,
            GranteeKind.Group => g.GroupId is { } group ? Group(group) : null,
            _ => null,
        }).OfType<string>().Distinct().ToList();
        return words.Count == 0 ? [Nobody] : words;
    }

    /// <summary>The words of every grantee that reaches the asker (the public reaches everyone, signed in or not).</summary>
    public static IReadOnlyList<string> For(Actor? actor, IReadOnlySet<Guid> groups)
    {
        var words = new List<string> { Public };
        if (actor is null) return words;
        words.AddRange(actor.Profiles.Select(p => Profile(p)).OfType<string>());
        if (actor.OrganisationId is { } organisation) words.Add(Organisation(organisation));
        words.AddRange(groups.Select(Group));
        return words;
    }

    private static string? Profile(ProfileKind? kind) => kind is { } k ? "ap" + k.ToString().ToLowerInvariant() : null;

    private static string Organisation(Guid id) => $"ao{id:N}";

    private static string Group(Guid id) => $"ag{id:N}";
}
