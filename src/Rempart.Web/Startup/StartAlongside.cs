namespace Rempart.Web.Startup;

/// <summary>
/// Starts a hosted service on the thread pool, so that the host's concurrent start
/// (<see cref="HostOptions.ServicesStartConcurrently"/>) really overlaps it with the others. The host
/// calls each service's StartAsync in turn and only moves on at its first wait; a start that works
/// for a while before waiting (the scheduler's, on SQLite, whose calls complete without waiting) would
/// otherwise keep the web server from starting until it ends.
/// </summary>
public sealed class StartAlongside<TService>(TService inner) : IHostedLifecycleService
    where TService : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        await inner.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StartingAsync(cancellationToken) : Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StartedAsync(cancellationToken) : Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StoppingAsync(cancellationToken) : Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StoppedAsync(cancellationToken) : Task.CompletedTask;
}

public static class StartAlongsideServiceCollectionExtensions
{
    /// <summary>Replaces the hosted service registered as <typeparamref name="TService"/> by the same, started alongside the others.</summary>
    public static IServiceCollection StartAlongside<TService>(this IServiceCollection services)
        where TService : class, IHostedService
    {
        var registered = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TService));
        services.Remove(registered);
        services.AddSingleton<TService>();
        services.AddHostedService<StartAlongside<TService>>();
        return services;
    }
}
