using Rempart.Domain.Accounts;

namespace Rempart.Domain.Extranet;

/// <summary>
/// Who sees a page or an event: those who manage the extranet see everything; a reader (extranet
/// read permission) sees what is for every member and what is for one of their groups.
/// </summary>
public static class ExtranetAccess
{
    public static bool Manages(Actor actor) => actor.Can(Permissions.ExtranetManage);

    public static bool Reads(Actor actor) => actor.Can(Permissions.ExtranetRead) || Manages(actor);

    public static bool MaySee(Actor actor, bool forEveryMember, IEnumerable<Guid> groups, IReadOnlySet<Guid> actorGroups) =>
        Manages(actor) || (Reads(actor) && (forEveryMember || groups.Any(actorGroups.Contains)));
}
