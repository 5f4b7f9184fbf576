using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace Rempart.Web.Ui;

/// <summary>
/// Serves the blazor.web.js that BlazorScript.targets extracted at build time, when the build used
/// the stand-in (see docs/decisions/0003-blazor-script-stand-in.md). A build with the real package
/// leaves the assembly attribute out, and this does nothing.
/// </summary>
public static class BlazorScriptStandIn
{
    public static IApplicationBuilder UseBlazorScriptStandIn(this WebApplication app)
    {
        var enabled = typeof(BlazorScriptStandIn).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Any(a => a.Key == "RempartBlazorScriptStandIn" && a.Value == "true");
        if (!enabled) return app;

        var folder = Path.Combine(AppContext.BaseDirectory, "blazor-script");
        if (!File.Exists(Path.Combine(folder, "blazor.web.js")))
            throw new InvalidOperationException($"blazor.web.js is missing from {folder}: rebuild the web project.");
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/_framework",
        });
    }
}
