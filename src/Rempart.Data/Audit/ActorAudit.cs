using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Data.Audit;

/// <summary>An audit entry for something a signed-in person did, added to the caller's context so that it is saved with the change.</summary>
internal static class ActorAudit
{
    public static AuditEntry Of(Actor actor, AuditEvent what, string details, DateTime at) =>
        new() { At = at, Event = what, UserId = actor.UserId, Details = details };
}
