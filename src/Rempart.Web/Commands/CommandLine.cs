using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Programming;

namespace Rempart.Web.Commands;

/// <summary>
/// "Rempart.Web migrate" and "Rempart.Web seed-demo": one-off operations run without starting the
/// web server or the scheduler, for deployments and scripts.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // The command comes first; anything else is the host's own options ("--urls http://...").
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        if (command is null) return false;

        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        switch (command)
        {
            case "migrate":
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(CancellationToken.None);
                Console.WriteLine("Base de données à jour.");
                return true;
            case "seed-demo":
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(CancellationToken.None);
                var added = await services.GetRequiredService<SeedDemoData>()
                    .ExecuteAsync(Seasons.Previous(TimeProvider.System.GetUtcNow()), CancellationToken.None);
                Console.WriteLine(added ? "Données de démonstration ajoutées." : "La base contient déjà des données : rien n'a été ajouté.");
                return true;
            default:
                Console.Error.WriteLine($"Commande inconnue « {command} ». Commandes : migrate, seed-demo.");
                Environment.ExitCode = 2;
                return true;
        }
    }
}
