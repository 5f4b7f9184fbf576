using Microsoft.Playwright;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.PublicApi;

[Collection(BrowserCollection.Name)]
public sealed class ApiDocumentationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheWebsitesDevelopers_ReadTheApiDocumentation_WithoutSigningIn_UnderTheContentSecurityPolicy()
    {
        var page = await browser.NewPageAsync();
        var violations = ContentSecurityPolicyBrowserTests.Watch(page);

        await page.GotoAsync("/api/documentation/index.html");

        await Assertions.Expect(page.Locator(".info .title")).ToContainTextAsync("Rempart — API publique");
        await Assertions.Expect(page.Locator(".opblock-summary-path").Filter(new() { HasTextString = "/api/v1/sessions" }).First).ToBeVisibleAsync();
        Assert.Empty(violations);
    }
}
