namespace Rempart.Web.Benchmarks;

/// <summary>
/// "Rempart.Web bare-host": ASP.NET Core with nothing but a /healthz answer, from the same build
/// on the same machine: the floor the start-up benchmark compares Rempart's start with.
/// </summary>
public static class BareHost
{
    public const string Command = "bare-host";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "Healthy");
        await app.RunAsync();
    }
}
