using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// What the Blazor benchmark reads from the server it launched: the managed heap after a full,
/// compacting collection, the process's working set, and how many circuits are connected. Off
/// unless <c>Bench:Diagnostics</c> is true (the benchmark sets it on its own throwaway server), and
/// then answered to loopback only: a collection on demand is no business of anyone else.
/// </summary>
public static class BenchDiagnostics
{
    public const string Setting = "Bench:Diagnostics";
    public const string Path = "/_bench/memoire";

    public static IServiceCollection AddRempartBenchDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(Setting)) return services;
        services.AddSingleton<OpenCircuits>();
        services.AddScoped<CircuitHandler, CountCircuits>();
        return services;
    }

    public static WebApplication MapBenchDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting)) return app;
        app.MapGet(Path, (HttpContext context, OpenCircuits circuits) =>
        {
            if (context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address)) return Results.NotFound();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Json(new ServerMemory(GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet, circuits.Connected));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>The circuits whose connection is up now (a closed tab's circuit is kept a while, disconnected).</summary>
    public sealed class OpenCircuits
    {
        private int connected;

        public int Connected => Volatile.Read(ref connected);

        public void Up() => Interlocked.Increment(ref connected);

        public void Down() => Interlocked.Decrement(ref connected);
    }

    private sealed class CountCircuits(OpenCircuits circuits) : CircuitHandler
    {
        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            circuits.Up();
            return Task.CompletedTask;
        }

        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            circuits.Down();
            return Task.CompletedTask;
        }
    }
}

/// <summary>What <see cref="BenchDiagnostics.Path"/> answers.</summary>
public sealed record ServerMemory(long ManagedBytes, long WorkingSetBytes, int Circuits);
