using Microsoft.Playwright;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// One application host (Kestrel on a loopback port, SQLite) and one chromium shared by every
/// browser test; each test gets its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Password = "Mot-de-passe-2026";
    private IPlaywright? playwright;

    public RempartAppFactory App { get; private set; } = default!;

    /// <summary>The Mollie stand-in this host pays through.</summary>
    public MollieStandIn Mollie { get; private set; } = default!;
    public Uri BaseAddress { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Mollie = await MollieStandIn.StartAsync();
        var settings = new Dictionary<string, string?>(Mollie.Settings())
        {
            // Mail goes to the test SMTP server when a test starts one; otherwise to the pickup folder.
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host,
            ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
            // No tile server: these machines are offline, and maps must work without tiles anyway.
            ["Map:TileUrl"] = "",
            // Open pages re-check their account every 2 s instead of every minute: revocation tests wait less.
            ["SignIn:RevalidationSeconds"] = "2",
            // Campaigns leave within two seconds of being written, at the default pace.
            ["Campaigns:PollSeconds"] = "2",
            // Documents are read for the search within a second of being added.
            ["Documents:IndexPollSeconds"] = "1",
        };
        App = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: settings);
        BaseAddress = App.StartKestrel();
        Mollie.AppBaseAddress = BaseAddress;
        // Two cores run database, host and browser tests side by side: an expectation gets as long as an action.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (no cookies), in French unless asked otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-FR")
    {
        // Reduced motion: pages settle at once, so accessibility checks never see a half-faded notification.
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = locale, ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the Blazor circuit has replaced the prerendered page, so clicks reach the server;
    /// a page rendered on the server by design (decision 0029) is ready once its interactive
    /// islands, if any, have their circuit.
    /// </summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        // A locator, not a function: the pages' Content-Security-Policy refuses the eval that a waited-for expression needs.
        page.Locator("[data-interactive=true], [data-interactive=static]:not(:has([data-island-interactive=false]))").WaitForAsync();

    /// <summary>
    /// Waits for the circuit of an interactive page reached from a page rendered on the server (the
    /// registrations list): it arrives prerendered, and a click before its circuit is up is lost.
    /// </summary>
    public static Task WaitForCircuitAsync(IPage page) => page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Clicks a save button and waits for <paramref name="arrived"/>; under the whole suite's load a
    /// click has been seen to go nowhere (twice in a dozen runs, nothing logged by the server), so
    /// it clicks again, but only while <paramref name="saved"/> says nothing was saved: a save that
    /// is merely slow is never sent twice.
    /// </summary>
    public static async Task SaveAsync(IPage page, ILocator button, Func<string, bool> arrived, Func<Task<bool>> saved)
    {
        for (var attempt = 1; ; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => arrived(url), new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                if (await saved())
                {
                    await page.WaitForURLAsync(url => arrived(url), new() { Timeout = 30_000 });
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Ticks a box and makes sure it stays ticked. A field filled just before commits its value when
    /// the click moves the focus, and the page's answer to that change can arrive after the click and
    /// untick the box (Blazor re-renders it from the state it knew). The box is then ticked again.
    /// </summary>
    public static async Task CheckAsync(ILocator box)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await box.CheckAsync();
                await Assertions.Expect(box).ToBeCheckedAsync(new() { Timeout = 2_000 });
                return;
            }
            catch (Exception exception) when (attempt < 4 && exception is PlaywrightException)
            {
                await Task.Delay(300);
            }
        }
    }

    /// <summary>
    /// Opens a Radzen drop-down and picks an option. A click that lands while the page is still
    /// becoming interactive (or is re-rendered just after) leaves the list closed: it is opened again.
    /// </summary>
    public static async Task ChooseAsync(ILocator dropdown, ILocator option)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dropdown.ClickAsync();
                await option.ClickAsync(new() { Timeout = 4_000 });
                return;
            }
            catch (Exception exception) when (attempt < 4 && exception is PlaywrightException or TimeoutException)
            {
                await Task.Delay(300);
            }
        }
    }

    /// <summary>Signs in through the sign-in page, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
    }

    /// <summary>A new account with the given profiles, signed in on a fresh page, past the sign-in page.</summary>
    public Task<IPage> NewSignedInPageAsync(params ProfileKind[] profiles) => NewSignedInPageAsync(null, profiles);

    /// <summary>The same, for someone acting for an organisation.</summary>
    public async Task<IPage> NewSignedInPageAsync(Guid? organisationId, params ProfileKind[] profiles)
    {
        var email = await CreateUserAsync(organisationId, profiles);
        var page = await NewPageAsync();
        await SignInAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/compte/"));
        return page;
    }

    /// <summary>A new account with a unique address and the given profiles.</summary>
    public Task<string> CreateUserAsync(params ProfileKind[] profiles) => CreateUserAsync(null, profiles);

    /// <summary>The same, acting for an organisation.</summary>
    public async Task<string> CreateUserAsync(Guid? organisationId, params ProfileKind[] profiles)
    {
        var email = $"{string.Join("-", profiles).ToLowerInvariant()}-{Guid.NewGuid():N}@test.rempart.local";
        await App.CreateUserAsync(email, Password, organisationId, profiles);
        return email;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        if (Mollie is not null) await Mollie.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
