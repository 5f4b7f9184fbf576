namespace Rempart.Web.Startup;

/// <summary>
/// Builds the application's endpoints on the thread pool while the database is being prepared. The
/// web server would otherwise build them on the host's thread once the migrations are checked (its
/// authorization cache reads them all): about 0.15 s, most of it Blazor's pages and its hub, on a
/// start where the second core has nothing else to do. Each data source keeps what it built, and
/// guards its first build with a lock, so the server's own read waits for this one or finds it done.
/// </summary>
public static class PrepareEndpointsEarly
{
    public static WebApplication PrepareEndpointsInBackground(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources.ToList();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PrepareEndpointsEarly));
        _ = Task.Run(() =>
        {
            try
            {
                foreach (var source in sources) _ = source.Endpoints;
            }
            catch (Exception ex)
            {
                // Only a head start: the server builds them again and reports the same failure, where it belongs.
                logger.LogDebug(ex, "Endpoints not prepared ahead of the server");
            }
        });
        return app;
    }
}
