using Microsoft.AspNetCore.WebUtilities;
using Quartz;
using Rempart.Data.Exports;

namespace Rempart.Web.Exports;

/// <summary>Makes one background export (<see cref="MakeExport"/>); asked with recovery, so a restart mid-run starts it over.</summary>
public sealed class RunExportJob(MakeExport make) : IJob
{
    public const string ExportKey = "export";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(context.MergedJobDataMap.GetString(ExportKey), out var id)) await make.ExecuteAsync(id, cancellationToken);
    }
}

/// <summary>
/// Builds an export's file page after page, saving its progress as it goes, for its owner's rights
/// as they stand now; fails it with a message its owner can read when anything goes wrong.
/// </summary>
public sealed class MakeExport(ExportFiles files, ExportLists lists, ExportActors actors, ILogger<MakeExport> logger)
{
    public async Task ExecuteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var export = await files.StartAsync(id, cancellationToken);
        if (export is null) return;
        try
        {
            var owner = await actors.OfAsync(export.OwnerId);
            if (owner is null)
            {
                await files.FailAsync(id, "Le compte qui a demandé cet export n'est plus actif.", cancellationToken);
                return;
            }
            var query = QueryHelpers.ParseQuery(export.Query).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            var table = await lists.BuildAllAsync(export.List, query, owner, progress => files.ReportAsync(id, progress, cancellationToken), cancellationToken);
            if (table is null)
            {
                await files.FailAsync(id, "Vous ne pouvez plus exporter cette liste.", cancellationToken);
                return;
            }
            var content = export.Format == "csv" ? CsvFile.Write(table) : XlsxFile.Write(table);
            await files.CompleteAsync(id, content, table.Rows.Count, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Export {ExportId} failed", id);
            await files.FailAsync(id, "L'export a échoué ; réessayez, ou prévenez l'administrateur si cela se reproduit.", CancellationToken.None);
        }
    }
}

/// <summary>Every ten minutes: deletes expired exports and fails those a restart cut short.</summary>
[DisallowConcurrentExecution]
public sealed class TidyExportsJob(ExportFiles files, ILogger<TidyExportsJob> logger) : IJob
{
    public static readonly JobKey Key = new("tidy-exports", "exports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (purged, failed) = await files.TidyAsync(cancellationToken);
        if (purged + failed > 0) logger.LogInformation("{Purged} export(s) deleted, {Failed} interrupted export(s) failed", purged, failed);
    }
}

public static class ExportJobs
{
    public static void AddExportJobs(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<TidyExportsJob>(
            trigger => trigger.WithIdentity("tidy-exports", "exports").WithCronSchedule("0 */10 * * * ?"),
            job => job.WithIdentity(TidyExportsJob.Key).WithDescription("Supprime les exports expirés et signale ceux qu'un redémarrage a interrompus"));
}
