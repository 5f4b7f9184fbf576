using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Xunit.Abstractions;
using Rempart.Data.Database;
using Rempart.Data.Exports;
using Rempart.Domain.Accounts;
using Rempart.Domain.Exports;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Exports;
using Rempart.Web.Jobs;

namespace Rempart.Tests.Exports;

/// <summary>
/// A server killed in the middle of a complete export (the process, not a graceful stop): when it
/// comes back, Quartz recovers the job it was running, and the export starts over and finishes;
/// it is never left "running".
/// </summary>
public sealed class ExportCrashTests(ITestOutputHelper log)
{
    private const int Rows = 8_000;

    [Theory, DatabaseData]
    public async Task AServerKilledMidExport_ResumesItWhenItComesBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var storage = TestEnvironment.NewTempFolder("rempart-crash");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var programme = await ProgrammeFixtures.CreateAsync(database);
        await BackgroundExportTests.ManyRegistrationsAsync(database, programme, "Crash", Rows);
        var files = new ExportFiles(database.Contexts, new StorageOptions { Root = storage }, Options.Create(new ExportOptions()), TimeProvider.System);

        // A first start creates the administrator who will own the export.
        await (await AppProcess.StartAsync(database, storage)).DisposeAsync();
        var admin = await AdminAsync(database);
        // Queued from outside the server, which would only notice it at its next idle poll (30 s);
        // queued before it starts, it is picked up at once.
        var exportId = await QueueAsync(database, files, admin);
        log.WriteLine($"queued {watch.Elapsed}");
        await using (var first = await AppProcess.StartAsync(database, storage))
        {
            log.WriteLine($"started {watch.Elapsed}");
            // Killed once it has read part of the list, before it could finish.
            var seen = await WaitAsync(files, admin, exportId, e => e.Status == ExportStatus.Running && e.Progress > 0 || e.Status is ExportStatus.Done or ExportStatus.Failed, TimeSpan.FromSeconds(60));
            await first.KillAsync();
            log.WriteLine($"killed {watch.Elapsed} at {seen.Progress}");
            Assert.True(seen.Status == ExportStatus.Running, $"The export was {seen.Status} before the kill: the list is too short to catch it running.\n{first.Output}");
        }
        var cut = (await files.MineAsync(await AdminAsync(database))).Single(e => e.Id == exportId);
        Assert.Equal(ExportStatus.Running, cut.Status);

        await using var second = await AppProcess.StartAsync(database, storage);
        var owner = await AdminAsync(database);
        log.WriteLine($"restarted {watch.Elapsed}");
        // Clustered Quartz (PostgreSQL) declares the dead instance failed after its check-in interval; a single node recovers at start.
        var done = await WaitAsync(files, owner, exportId, e => e.Status is ExportStatus.Done or ExportStatus.Failed, TimeSpan.FromSeconds(120));
        Assert.True(done.Status == ExportStatus.Done, $"{done.Status}: {done.Error}\n{second.Output}");
        log.WriteLine($"done {watch.Elapsed}");
        Assert.Equal(Rows, done.Rows);
        var opened = await files.OpenAsync(exportId, owner);
        Assert.NotNull(opened);
        var lines = await File.ReadAllLinesAsync(opened.Value.Path);
        Assert.Equal(Rows + 1, lines.Length);
    }

    private static async Task<Actor> AdminAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var id = await db.Users.Where(u => u.Email == "admin@test.rempart.local").Select(u => u.Id).SingleAsync();
        return TestActors.Holding(id, "Administratrice", null, ProfileKind.SuperAdmin);
    }

    // Queued as the page would, through a scheduler on the same job store that is never started
    // here: only the server's scheduler runs jobs.
    private static async Task<Guid> QueueAsync(TestDatabase database, ExportFiles files, Actor admin)
    {
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddSingleton(database.Settings);
        services.AddRempartJobs();
        await using var provider = services.BuildServiceProvider();
        var queue = new QueueExport(files, provider.GetRequiredService<ISchedulerFactory>(), TimeProvider.System);
        var (export, refusal) = await queue.ExecuteAsync("inscriptions", "csv", new Dictionary<string, string?> { ["groupe"] = "All" }, admin);
        Assert.True(export is not null, refusal);
        return export.Id;
    }

    private static async Task<ExportFile> WaitAsync(ExportFiles files, Actor owner, Guid id, Func<ExportFile, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var export = (await files.MineAsync(owner)).Single(e => e.Id == id);
            if (until(export) || DateTime.UtcNow > deadline) return export;
            await Task.Delay(25);
        }
    }
}
