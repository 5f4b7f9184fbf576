using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Rempart.Data.Database;

/// <summary>
/// Runs one of the command-line tools Rempart leans on (pdftotext, ocrmypdf, vipsthumbnail) with
/// its arguments passed one by one (never through a shell) and a time limit. Null when the tool is
/// not installed, fails or takes too long: every caller has a way to do without.
/// </summary>
public static class RunTool
{
    public static async Task<string?> ExecuteAsync(string command, IReadOnlyList<string> arguments, TimeSpan timeLimit, ILogger logger, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            logger.LogDebug("{Command} is not installed", command);
            return null;
        }
        if (process is null) return null;
        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(timeLimit);
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token);
                if (process.ExitCode == 0) return await output;
                logger.LogWarning("{Command} failed ({Code}): {Errors}", command, process.ExitCode, (await errors).Trim());
                return null;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("{Command} took longer than {Timeout}", command, timeLimit);
                return null;
            }
        }
    }
}
