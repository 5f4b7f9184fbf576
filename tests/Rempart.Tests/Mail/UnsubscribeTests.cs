using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Mail;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>Leaving the campaigns without an account: a protected link, a confirming click, or a mail program's one-click post.</summary>
public sealed partial class UnsubscribeTests
{
    [Fact]
    public async Task ThePageAsksForAClick_ThenRecordsTheAddressOnce_AndAnAlteredLinkDoesNothing()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var links = app.Services.GetRequiredService<UnsubscribeLinks>();
        var unsubscriptions = app.Services.GetRequiredService<Unsubscriptions>();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var path = new Uri(links.PageFor("Camille.Durand@Example.org")).PathAndQuery;

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        Assert.Contains("Vous ne recevrez plus les messages d'information de l'Union à l'adresse camille.durand@example.org.", page);
        // Reading the page (as a mail scanner would) unsubscribes nobody.
        Assert.False(await unsubscriptions.ContainsAsync("camille.durand@example.org"));

        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var answer = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Contains("l'adresse camille.durand@example.org ne recevra plus nos messages", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()));
        Assert.True(await unsubscriptions.ContainsAsync("CAMILLE.DURAND@example.org"));
        await client.PostAsync(path, new FormUrlEncodedContent(fields));

        var altered = path[..^3] + (path[^3..] == "AAA" ? "BBB" : "AAA");
        Assert.Contains("Ce lien n'est pas valable.", WebUtility.HtmlDecode(await client.GetStringAsync(altered)));
        await using var db = app.Database.CreateContext();
        Assert.Equal(1, await db.Unsubscriptions.CountAsync());
    }

    [Fact]
    public async Task AMailProgramsOneClickPost_Unsubscribes_WithoutCookieOrForm()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var links = app.Services.GetRequiredService<UnsubscribeLinks>();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var oneClick = new Uri(links.OneClickFor("noe@example.org")).PathAndQuery;

        var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(oneClick, body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(oneClick, body)).StatusCode);
        Assert.True(await app.Services.GetRequiredService<Unsubscriptions>().ContainsAsync("noe@example.org"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/desinscription/not-a-token", body)).StatusCode);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
