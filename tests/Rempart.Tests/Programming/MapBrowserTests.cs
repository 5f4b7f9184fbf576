using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

[Collection(BrowserCollection.Name)]
public sealed class MapBrowserTests(BrowserFixture browser)
{
    private async Task<Site> CreateSiteAsync(double? latitude, double? longitude)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var association = new Organisation { Name = $"Association {suffix}", Kind = OrganisationKind.MemberAssociation };
        var site = new Site { Name = $"Château {suffix}", Commune = "Murol", Latitude = latitude, Longitude = longitude, AssociationId = association.Id };
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>().CreateDbContextAsync();
        db.AddRange(association, site);
        await db.SaveChangesAsync();
        return site;
    }

    [Fact]
    public async Task SitesMap_ShowsAMarkerPerPlacedSite_WithoutTiles_AndLinksToTheSite()
    {
        var placed = await CreateSiteAsync(45.5761, 2.9433);
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync("/gestion/carte");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var marker = page.Locator($".leaflet-marker-icon[title='{placed.Name}']");
        await Assertions.Expect(marker).ToHaveCountAsync(1);
        // The keyboard path: a marker is a button; Enter opens its pop-up.
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup").GetByRole(AriaRole.Link, new() { Name = placed.Name }))
            .ToHaveAttributeAsync("href", $"/gestion/sites/{placed.Id}");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task SiteForm_ClickingTheMap_FillsLatitudeAndLongitude()
    {
        var site = await CreateSiteAsync(null, null);
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync($"/gestion/sites/{site.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var picker = page.GetByTestId("map-picker");
        await Assertions.Expect(picker.Locator(".leaflet-container, .leaflet-pane").First).ToBeAttachedAsync();

        await picker.ClickAsync(new() { Position = new() { X = 200, Y = 120 } });

        var latitude = page.Locator("input[name=Latitude]");
        await Assertions.Expect(latitude).Not.ToHaveValueAsync("");
        var value = double.Parse((await latitude.InputValueAsync()).Replace(',', '.'), CultureInfo.InvariantCulture);
        Assert.InRange(value, 41.0, 52.0); // somewhere over France, where the empty picker opens
        await Assertions.Expect(page.Locator("input[name=Longitude]")).Not.ToHaveValueAsync("");
        await page.AssertAccessibleAsync();
    }
}
