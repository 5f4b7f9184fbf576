using Quartz;
using Quartz.Extensibility;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Jobs;

/// <summary>One scheduled job as the super-admin sees it: when it runs, how its last run went, its counts.</summary>
public sealed record ScheduledJobRow(
    string Group, string Name, string Description, string? Schedule, DateTimeOffset? NextRun, DateTimeOffset? PreviousRun, bool Running,
    DateTimeOffset? LastRunAt, string? LastResult, TimeSpan? LastDuration, string? LastFailure, int RunCount, int FailureCount);

/// <summary>One finished run, newest first.</summary>
public sealed record JobRun(DateTimeOffset FiredAt, TimeSpan Duration, string Result, string? Message, bool Manual);

/// <summary>
/// The scheduler's jobs for the "Tâches planifiées" screen: their triggers (next and previous run),
/// Quartz's execution history (last run, outcome, duration, counts), and running one now. For the
/// super-admin only, checked here as well as on the page.
/// </summary>
public sealed class ScheduledJobs(ISchedulerFactory schedulers, IServiceProvider services)
{
    public async Task<IReadOnlyList<ScheduledJobRow>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayManage(actor)) return [];
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var history = services.GetService<IExecutionHistoryStore>();
        // Fired and not finished: the job is running now (on this server or another of the cluster).
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery(), cancellationToken)).Items.Select(f => f.JobKey).ToHashSet();
        var rows = new List<ScheduledJobRow>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var status = history is null ? null : await history.GetJobRunStatus(scheduler.SchedulerName, key, cancellationToken);
            rows.Add(new ScheduledJobRow(
                key.Group, key.Name, detail?.Description ?? key.Name,
                string.Join(", ", triggers.OfType<ICronTrigger>().Select(t => t.CronExpressionString)),
                triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min(),
                triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t is not null).Max(),
                running.Contains(key),
                status?.LastFiredAtUtc, status is null ? null : Label(status.LastResult), status?.LastDuration, status?.LastFailureMessage,
                (int)(status?.RunCount ?? 0), (int)(status?.FailureCount ?? 0)));
        }
        return rows;
    }

    /// <summary>The latest runs of one job, from Quartz's execution history.</summary>
    public async Task<IReadOnlyList<JobRun>> RunsAsync(string group, string name, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayManage(actor) || services.GetService<IExecutionHistoryStore>() is not { } history) return [];
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = new JobKey(name, group), Take = 20 }, cancellationToken);
        return page.Items.Select(e => new JobRun(e.FiredAtUtc, e.Duration, Label(e.EffectiveResult), e.ExceptionMessage ?? e.Summary, e.Manual)).ToList();
    }

    /// <summary>Runs a job now, outside its schedule; a job already running is not started twice (its class forbids it).</summary>
    public async Task<string?> TriggerAsync(string group, string name, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayManage(actor)) return "Seul le super-administrateur lance les tâches.";
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, cancellationToken)) return "Cette tâche n'existe pas.";
        await scheduler.TriggerJob(key, cancellationToken);
        return null;
    }

    private static bool MayManage(Actor actor) => actor.Profiles.Contains(ProfileKind.SuperAdmin);

    private static string Label(JobRunResult result) => result switch
    {
        JobRunResult.Succeeded => "réussie",
        JobRunResult.Failed => "échouée",
        JobRunResult.Cancelled => "annulée",
        JobRunResult.Skipped => "sautée",
        _ => result.ToString(),
    };
}
