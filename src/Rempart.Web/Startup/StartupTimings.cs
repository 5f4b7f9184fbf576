using System.Diagnostics;

namespace Rempart.Web.Startup;

/// <summary>
/// Where a start spends its time, written to the log once the server listens: the runtime before
/// Program's first line, then each phase marked along the way (services registered, host built,
/// database prepared, server and scheduler started). The bench times the whole start against
/// ASP.NET Core alone; this says which part to look at.
/// </summary>
public static class StartupTimings
{
    private static readonly Stopwatch clock = Stopwatch.StartNew();
    private static readonly List<(string Phase, TimeSpan At)> marks = [];
    private static TimeSpan beforeMain = DateTime.Now - Process.GetCurrentProcess().StartTime;
    private static bool started;

    /// <summary>Program's first line. A second host in the same process (the tests') starts afresh, with no runtime start of its own.</summary>
    public static void Begin()
    {
        lock (marks)
        {
            if (started) beforeMain = TimeSpan.Zero;
            started = true;
            marks.Clear();
            clock.Restart();
        }
    }

    /// <summary>Notes that a phase ended now.</summary>
    public static void Mark(string phase)
    {
        lock (marks) marks.Add((phase, clock.Elapsed));
    }

    /// <summary>Writes the phases to the log when the server has started.</summary>
    public static void LogWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Mark("serveur et planificateur démarrés");
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTimings));
            var previous = TimeSpan.Zero;
            var phases = new List<string> { $"runtime avant Program {beforeMain.TotalMilliseconds:0} ms" };
            lock (marks)
                foreach (var (phase, at) in marks)
                {
                    phases.Add($"{phase} {(at - previous).TotalMilliseconds:0} ms");
                    previous = at;
                }
            logger.LogInformation("Démarrage en {Total} ms : {Phases}", (beforeMain + previous).TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", phases));
        });
    }
}
