using Quartz;
using Rempart.Data.Exports;
using Rempart.Domain.Accounts;
using Rempart.Domain.Exports;
using Rempart.Domain.Invoicing;

namespace Rempart.Web.Exports;

/// <summary>
/// Asks for a complete export in the background: recorded for its owner, then made by a one-off
/// Quartz job that asks for recovery, so a run cut short by a restart starts over when the server
/// comes back (and <see cref="ExportFiles.TidyAsync"/> fails any left running too long).
/// </summary>
public sealed class QueueExport(ExportFiles files, ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task<(ExportFile? Export, string? Refusal)> ExecuteAsync(string list, string format, IReadOnlyDictionary<string, string?> query, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExportLists.Known(list) || format is not ("csv" or "xlsx")) return (null, "Cette liste ne s'exporte pas.");
        if (!ExportLists.MayExport(list, actor)) return (null, "Vous ne pouvez pas exporter cette liste.");
        var name = $"{list}-{ParisTime.DayOf(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd}.{format}";
        var export = await files.QueueAsync(actor, list, format, QueryString.Create(query.Where(q => !string.IsNullOrEmpty(q.Value))).ToString(), name, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(
            JobBuilder.Create<RunExportJob>().WithIdentity(export.Id.ToString(), "exports").WithDescription($"Export {name}")
                .UsingJobData(RunExportJob.ExportKey, export.Id.ToString()).RequestRecovery().Build(),
            TriggerBuilder.Create().WithIdentity(export.Id.ToString(), "exports").StartNow().Build(),
            new ScheduleJobOptions(), cancellationToken);
        return (export, null);
    }
}
