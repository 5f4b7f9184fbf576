using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// The real application host on a test database and a temporary data folder. Demo data is off
/// unless a test asks for it; settings go through UseSetting so that Program sees them before Build.
/// </summary>
public sealed class RempartAppFactory(TestDatabase database, string environment = "Production", IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string StorageRoot { get; } = TestEnvironment.NewTempFolder("rempart-data");
    public TestDatabase Database => database;

    public static async Task<RempartAppFactory> CreateAsync(
        DatabaseProvider provider, string environment = "Production", IDictionary<string, string?>? settings = null) =>
        new(await TestDatabase.CreateAsync(provider), environment, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Outside Development, static web assets (Radzen's _content files) are served from published
        // output only; tests run the build output, so load its static web assets manifest explicitly.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Rempart", database.Settings.ConnectionString);
        builder.UseSetting("Storage:Root", StorageRoot);
        builder.UseSetting("Demo:SeedOnFirstRun", "false");
        builder.UseSetting("Bootstrap:AdminEmail", "admin@test.rempart.local");
        builder.UseSetting("Bootstrap:AdminPassword", "Bootstrap-Admin-2026");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests speak plain HTTP to localhost (a secure context for the browser, so Secure cookies still work).
        builder.UseSetting("Security:RequireHttps", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    /// <summary>Starts Kestrel on a free loopback port (for a real browser) and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("127.0.0.1", "localhost").Replace("[::1]", "localhost"));
    }

    /// <summary>Creates an account holding the given profiles, as an administrator would.</summary>
    public Task<RempartUser> CreateUserAsync(string email, string password, params ProfileKind[] profiles) =>
        CreateUserAsync(email, password, null, profiles);

    /// <summary>Creates an account acting for an organisation (an association manager, a partner).</summary>
    public async Task<RempartUser> CreateUserAsync(string email, string password, Guid? organisationId, params ProfileKind[] profiles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
        var user = new RempartUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, OrganisationId = organisationId };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        if (profiles.Length > 0)
            await users.AddToRolesAsync(user, await ProfileQueries.BuiltInNamesAsync(scope.ServiceProvider.GetRequiredService<RempartDbContext>(), profiles));
        return user;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
        try { Directory.Delete(StorageRoot, recursive: true); } catch (IOException) { }
    }
}
