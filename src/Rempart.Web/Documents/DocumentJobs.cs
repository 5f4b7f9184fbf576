using Quartz;
using Rempart.Data.Documents;

namespace Rempart.Web.Documents;

/// <summary>Every few seconds: reads the documents waiting for the index, a batch after another, for a minute at most.</summary>
[DisallowConcurrentExecution]
public sealed class IndexDocumentsJob(IndexDocuments index, TimeProvider clock, ILogger<IndexDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("index-documents", "documents");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var total = 0;
        int done;
        do
        {
            done = await index.ExecuteAsync(cancellationToken);
            total += done;
        }
        while (done > 0 && clock.GetUtcNow() - started < TimeSpan.FromMinutes(1));
        if (total > 0) logger.LogInformation("{Count} document(s) indexed", total);
    }
}

/// <summary>Every night: moves the documents in force longer than their folder's days to its archive view.</summary>
[DisallowConcurrentExecution]
public sealed class ArchiveDocumentsJob(ArchiveDueDocuments archive, ILogger<ArchiveDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("archive-documents", "documents");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var archived = await archive.ExecuteAsync(cancellationToken);
        if (archived > 0) logger.LogInformation("{Count} document(s) moved to their folder's archive", archived);
    }
}

/// <summary>Empties the index and queues every document again (monthly, or from the jobs screen after a change of the extraction tools).</summary>
[DisallowConcurrentExecution]
public sealed class ReindexDocumentsJob(IndexDocuments index, ILogger<ReindexDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("reindex-documents", "documents");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await index.RebuildAsync(cancellationToken);
        logger.LogInformation("Search index emptied; {Count} document(s) queued to be read again", queued);
    }
}

public static class DocumentJobs
{
    public static void AddDocumentJobs(this IQuartzBuilder quartz, int indexPollSeconds)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, indexPollSeconds));
        // The first run waits one interval, as every later one does: it would otherwise take a core from
        // the server's first requests, at the moment a restarted server is asked whether it is healthy.
        quartz.ScheduleJob<IndexDocumentsJob>(
            trigger => trigger.WithIdentity("index-documents", "documents").StartAt(DateTimeOffset.UtcNow + every).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()),
            job => job.WithIdentity(IndexDocumentsJob.Key).WithDescription("Lit les documents ajoutés ou modifiés pour la recherche"));
        quartz.ScheduleJob<ArchiveDocumentsJob>(
            trigger => trigger.WithIdentity("archive-documents-nightly", "documents").WithCronSchedule("0 45 2 * * ?"),
            job => job.WithIdentity(ArchiveDocumentsJob.Key).WithDescription("Range dans les archives les documents plus anciens que le délai de leur dossier"));
        quartz.ScheduleJob<ReindexDocumentsJob>(
            trigger => trigger.WithIdentity("reindex-documents-monthly", "documents").WithCronSchedule("0 0 4 1 * ?"),
            job => job.WithIdentity(ReindexDocumentsJob.Key).WithDescription("Reconstruit tout l'index de recherche des documents"));
    }
}
