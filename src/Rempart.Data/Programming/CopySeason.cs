using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>What a season copy did: how many drafts were created, and each session it skipped with why.</summary>
public sealed record SeasonCopyReport(int Copied, IReadOnlyList<string> Skipped);

/// <summary>
/// Copies the sessions of chosen worksites from one season to the next as drafts, each through
/// <see cref="SaveSession"/>: a copy that would clash (already copied, leader taken) is skipped and
/// reported, so running the copy twice creates nothing the second time.
/// </summary>
public sealed class CopySeason(IDbContextFactory<RempartDbContext> contexts, SaveSession save)
{
    public async Task<SeasonCopyReport> ExecuteAsync(
        IReadOnlyCollection<Guid> worksiteIds, int season, Actor actor, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(season, 1, 1);
        var to = from.AddYears(1);
        List<Session> sessions;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var ids = worksiteIds.ToList();
            sessions = await db.Sessions.AsNoTracking().Include(s => s.Leaders)
                .Where(s => ids.Contains(s.WorksiteId) && s.StartDate >= from && s.StartDate < to && s.Status != SessionStatus.Cancelled)
                .OrderBy(s => s.StartDate).ToListAsync(cancellationToken);
        }

        var copied = 0;
        var skipped = new List<string>();
        foreach (var (session, index) in sessions.Select((s, i) => (s, i)))
        {
            var outcome = await save.ExecuteAsync(null, SeasonCopy.CopyOf(session), actor, cancellationToken);
            if (outcome.Succeeded) copied++;
            else skipped.Add($"Session du {session.StartDate:dd/MM/yyyy} : " + Reason(outcome));
            progress?.Report((index + 1) * 100 / sessions.Count);
        }
        return new SeasonCopyReport(copied, skipped);
    }

    private static string Reason(SaveOutcome outcome) =>
        outcome.Forbidden ? "vous n'avez pas le droit de modifier ce chantier."
        : outcome.ScheduleConflicts.Count > 0 ? string.Join(" ", outcome.ScheduleConflicts.Select(c => c.Message))
        : string.Join(" ", outcome.Errors.Values);
}
