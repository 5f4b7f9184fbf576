using System.Text.RegularExpressions;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Benchmarks;

namespace Rempart.Tests.Benchmarks;

/// <summary>The bench command works end to end on a small size (its figures are the command's business, never asserted here).</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task TheBench_GeneratesMeasuresAndWritesATable_WithTheMachine_InAFolderOfItsOwn()
    {
        var file = Path.Combine(TestEnvironment.NewTempFolder("rempart-bench"), "benchmarks.md");
        var printed = new StringWriter();

        var table = await BenchCommand.RunAsync(new BenchOptions(
            Size: 400, file, TestEnvironment.PostgresConnectionString, TestEnvironment.PythonPath, TestEnvironment.ChromiumPath, Rounds: 1, Circuits: 5,
            // Publishing the server takes one to two minutes of compiling ahead: the start-up is timed on the build here.
            PublishServer: false), printed);

        const string Figures = @" \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+× \| [\d.]+× \|";
        Assert.Matches(new Regex(@"\| Recherche, 400 documents .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Inscriptions en concurrence, Sqlite .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Inscriptions en concurrence, Postgres .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Liste des inscriptions, Sqlite, 400 volontaires .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Liste des inscriptions, Postgres, 400 volontaires .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Page de la grille des inscriptions, Sqlite, 400 volontaires .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Page de la grille des inscriptions, Postgres, 400 volontaires .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Démarrage jusqu'à /healthz, sortie de la compilation, base vide .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Démarrage jusqu'à /healthz, sortie de la compilation, base pleine, 400 documents et volontaires .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Courriels d'une campagne par la file d'envoi .*" + Figures), table);
        Assert.Matches(new Regex(@"\| Mémoire par page ouverte, liste des inscriptions rendue sur le serveur, sans circuit, 400 volontaires \(5 pages\) \| -?[\d.]+ Ko \| — \| — \| — \| — \| — \|"), table);
        Assert.Matches(new Regex(@"\| Mémoire par circuit ouvert, calendrier de la saison, mois le plus chargé \(5 circuits\) \| -?[\d.]+ Ko \|"), table);
        Assert.Matches(new Regex(@"\| Changement de page de la liste, 5 pages ouvertes, à côté du même avec une seule .*" + Figures), table);
        Assert.Contains("messages par seconde par la file d'envoi", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("inscriptions confirmées par seconde", printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("400 documents générés et indexés", printed.ToString(), StringComparison.Ordinal);
        var written = await File.ReadAllTextAsync(file);
        Assert.Contains(table, written, StringComparison.Ordinal);
        Assert.Contains("cœurs", written, StringComparison.Ordinal);
    }
}
