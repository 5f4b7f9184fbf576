using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

[Collection(BrowserCollection.Name)]
public sealed class ProgrammeBrowserTests(BrowserFixture browser)
{
    private async Task<string> CreateAssociationAsync()
    {
        var name = $"Les Amis de Treigny {Guid.NewGuid().ToString("N")[..6]}";
        var contexts = browser.App.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.Organisations.Add(new Organisation { Name = name, Kind = OrganisationKind.MemberAssociation });
        await db.SaveChangesAsync();
        return name;
    }

    private static ILocator Field(IPage page, string label) =>
        page.Locator(".rz-form-field").Filter(new()
        {
            Has = page.Locator("label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(label)}$") }),
        });

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await Field(page, label).Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-dropdown-panel:visible .rz-dropdown-filter").FillAsync(option);
        await page.Locator(".rz-dropdown-panel:visible").GetByRole(AriaRole.Option).Filter(new() { HasTextString = option }).First.ClickAsync();
    }

    private static async Task TypeDateAsync(IPage page, string label, string date)
    {
        var input = Field(page, label).Locator("input").First;
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Modifications enregistrées.")).ToBeVisibleAsync();
        // A new record's page moves to its own address once saved.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/[0-9a-f-]{36}$"));
    }

    private async Task<(string site, string worksite)> CreateSiteAndWorksiteAsync(IPage page)
    {
        var association = await CreateAssociationAsync();
        var site = $"Château de Guédelon {Guid.NewGuid().ToString("N")[..6]}";
        var worksite = $"Restauration des courtines {Guid.NewGuid().ToString("N")[..6]}";

        await page.GotoAsync("/gestion/sites");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouveau site" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouveau site", Level = 1 })).ToBeVisibleAsync();
        await Field(page, "Nom").Locator("input").FillAsync(site);
        await ChooseAsync(page, "Association", association);
        await Field(page, "Commune").Locator("input").FillAsync("Treigny");
        await Field(page, "Code postal").Locator("input").FillAsync("89520");
        await page.AssertAccessibleAsync();
        await SaveAsync(page);
        await AddPhotoAsync(page);

        await page.GotoAsync("/gestion/chantiers/nouveau");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Field(page, "Intitulé").Locator("input").FillAsync(worksite);
        await ChooseAsync(page, "Site", site);
        await ChooseAsync(page, "Association", association);
        await page.AssertAccessibleAsync();
        await SaveAsync(page);
        return (site, worksite);
    }

    /// <summary>Uploads a real PNG with its description; it appears with that description as its text alternative.</summary>
    private static async Task AddPhotoAsync(IPage page)
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(TestImages.WriteTemp(TestImages.Png, "donjon.png"));
        await Field(page, "Description de « donjon.png »").Locator("input").FillAsync("Le donjon vu du sud");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter les photos" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Le donjon vu du sud" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("photo").First).ToContainTextAsync("Couverture");
        await page.AssertAccessibleAsync();
    }

    private static async Task NewSessionAsync(IPage page, string worksite, string start, string end)
    {
        await page.GotoAsync("/gestion/sessions/nouvelle");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await ChooseAsync(page, "Chantier", worksite);
        await TypeDateAsync(page, "Date de début", start);
        await TypeDateAsync(page, "Date de fin", end);
    }

    [Fact]
    public async Task Staff_CreatesASiteAWorksiteAndTwoSessions_AndSeesTheOverlapWhilePickingDates()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        var (_, worksite) = await CreateSiteAndWorksiteAsync(page);

        await NewSessionAsync(page, worksite, "05/07/2027", "19/07/2027");
        await page.AssertAccessibleAsync();
        await SaveAsync(page);
        var firstSession = page.Url;

        await NewSessionAsync(page, worksite, "12/07/2027", "26/07/2027");

        // Shown as soon as the dates are picked, before any save.
        var conflicts = page.GetByTestId("schedule-conflicts");
        await Assertions.Expect(conflicts).ToContainTextAsync("Ces dates chevauchent une autre session de ce chantier (du 05/07/2027 au 19/07/2027).");
        Assert.EndsWith(await conflicts.GetByRole(AriaRole.Link).GetAttributeAsync("href") ?? "", firstSession);
        await page.AssertAccessibleAsync();

        await TypeDateAsync(page, "Date de début", "19/07/2027");
        await TypeDateAsync(page, "Date de fin", "02/08/2027");
        await Assertions.Expect(conflicts).ToHaveCountAsync(0);
        await SaveAsync(page);

        await page.GotoAsync("/gestion/sessions");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher par chantier, commune ou association" }).FillAsync(worksite);
        await Assertions.Expect(page.Locator(".rz-data-row")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TwoStaffMembersEditingTheSameSession_TheSecondSaveIsRefused_SayingWhoChangedWhat()
    {
        var camille = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        var (_, worksite) = await CreateSiteAndWorksiteAsync(camille);
        await NewSessionAsync(camille, worksite, "05/07/2027", "19/07/2027");
        await SaveAsync(camille);
        var sessionUrl = camille.Url;
        var louis = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await louis.GotoAsync(sessionUrl);
        await BrowserFixture.WaitForInteractiveAsync(louis);
        await camille.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(camille);

        await Field(louis, "Capacité (places)").Locator("input").FillAsync("20");
        await SaveAsync(louis);
        await Field(camille, "Informations pratiques").Locator("textarea").FillAsync("Apporter des gants.");
        await camille.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        var alert = camille.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "a modifié cette fiche" });
        await Assertions.Expect(alert).ToContainTextAsync("Capacité (places)");
        await camille.AssertAccessibleAsync();
        await alert.GetByRole(AriaRole.Button, new() { Name = "Recharger la fiche" }).ClickAsync();
        await Assertions.Expect(Field(camille, "Capacité (places)").Locator("input")).ToHaveValueAsync("20");
    }

    [Fact]
    public async Task Leaders_AreListedCreatedAndRefusedWithoutAName_OnAccessiblePages()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        var lastName = $"Kerbrat{Guid.NewGuid().ToString("N")[..6]}";

        await page.GotoAsync("/gestion/animateurs/nouveau");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(Field(page, "Nom")).ToContainTextAsync("Indiquez le nom.");
        await page.AssertAccessibleAsync();
        await Field(page, "Prénom").Locator("input").FillAsync("Yann");
        await Field(page, "Nom").Locator("input").FillAsync(lastName);
        // Committed before saving: the re-render its change causes must not swallow the click.
        await Field(page, "Nom").Locator("input").PressAsync("Tab");
        await BrowserFixture.SaveAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }),
            url => url.EndsWith("/gestion/animateurs", StringComparison.Ordinal), async () =>
            {
                await using var db = browser.App.Database.CreateContext();
                return await db.Leaders.AnyAsync(l => l.LastName == lastName);
            });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Animateurs", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Searchbox).FillAsync(lastName);
        await Assertions.Expect(page.Locator(".rz-data-row")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/gestion/chantiers");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Volunteer_CannotOpenTheProgrammePages()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Volunteer);

        await page.GotoAsync("/gestion/sites/nouveau");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accès refusé" })).ToBeVisibleAsync();
    }
}
