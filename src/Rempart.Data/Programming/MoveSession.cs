using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// Moves a session by whole days, keeping its length (a drag in the calendar). Goes through
/// <see cref="SaveSession"/>, so the same rules, date control, rights and version check apply.
/// </summary>
public sealed class MoveSession(GetProgrammeItem get, SaveSession save)
{
    public async Task<SaveOutcome> ExecuteAsync(Guid sessionId, int days, Actor actor, CancellationToken cancellationToken = default)
    {
        var original = await get.SessionAsync(sessionId, actor, cancellationToken);
        if (original is null)
            return SaveOutcome.Invalid(new Dictionary<string, string> { [""] = "Cette session n'existe plus, ou vous n'avez pas le droit de la modifier." });
        var moved = original.CopyFields();
        moved.StartDate = original.StartDate.AddDays(days);
        moved.EndDate = original.EndDate.AddDays(days);
        // Registration dates keep their distance to the session's start.
        moved.RegistrationCloses = original.RegistrationCloses?.AddDays(days);
        moved.Leaders = original.Leaders.Select(l => new SessionLeader { SessionId = l.SessionId, LeaderId = l.LeaderId }).ToList();
        return await save.ExecuteAsync(original, moved, actor, cancellationToken);
    }
}
