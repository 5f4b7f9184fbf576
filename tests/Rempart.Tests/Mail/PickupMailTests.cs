using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>The embedded default keeps messages on the machine, and the administrator reads them in the app.</summary>
public sealed class PickupMailTests
{
    [Fact]
    public async Task AMessageWrittenToThePickupFolder_IsListedAndReadBack_AccentsAndHtmlIncluded()
    {
        var storage = new StorageOptions { Root = TestEnvironment.NewTempFolder("rempart-pickup") };
        var send = new SendMail(Options.Create(new MailOptions()), storage, new ServiceCollection().BuildServiceProvider(), NullLogger<SendMail>.Instance);
        await send.ExecuteAsync("maëlle@example.org", "Pré-inscription reçue : Château de Guédelon", "<p>Bonjour Maëlle, <strong>bienvenue</strong> !</p>");
        await send.ExecuteAsync("noe@example.org", "Deuxième", "<p>Suite</p>");
        var read = new ReadPickupMail(storage);

        var listed = read.List();
        Assert.Equal(2, listed.Count);
        var first = Assert.Single(listed, m => m.To.Contains("maëlle@example.org", StringComparison.Ordinal));
        Assert.Equal("Pré-inscription reçue : Château de Guédelon", first.Subject);
        var opened = read.Open(first.Name)!;
        Assert.Contains("<p>Bonjour Maëlle, <strong>bienvenue</strong> !</p>", opened.Html, StringComparison.Ordinal);
        Assert.Null(read.Open("../appsettings.json"));
        Assert.Null(read.Open($"{Guid.NewGuid()}.eml"));
    }

    [Fact]
    public async Task TheAdministrator_ReadsThemOnTheirPage_OthersCannot()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SendMail>().ExecuteAsync("camille@example.org", "Votre code", "<p>Code <script>alert(1)</script><b>4242</b></p>");
        var name = new ReadPickupMail(new StorageOptions { Root = app.StorageRoot }).List().Single().Name;

        var admin = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(admin, "admin@test.rempart.local", "Bootstrap-Admin-2026");
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/courriels-envoyes"));
        Assert.Contains("Votre code", list);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/courriels-envoyes?message={name}"));
        Assert.Contains("<b>4242</b>", page);
        Assert.DoesNotContain("alert(1)", page);

        var staffEmail = $"staff-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(staffEmail, BrowserFixture.Password, ProfileKind.Staff);
        var staff = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(staff, staffEmail);
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync("/admin/courriels-envoyes")).StatusCode);
    }
}
