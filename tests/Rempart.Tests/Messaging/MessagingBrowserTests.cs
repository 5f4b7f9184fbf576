using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Messaging;

[Collection(BrowserCollection.Name)]
public sealed class MessagingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AManager_WritesToAVolunteerWithAFile_TheVolunteerIsToldWithoutTheText_ReadsAndAnswers()
    {
        var (_, sessions, association) = await BrowserProgramme.CreateAsync(browser, ("2027-07-05", "2027-07-12"));
        var volunteerEmail = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var contexts = browser.App.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Email == volunteerEmail);
            var person = new Volunteer { FirstName = "Maëlle", LastName = "Lefort", Email = volunteerEmail, BirthDate = new DateOnly(2000, 3, 1), UserId = user.Id };
            db.Volunteers.Add(person);
            db.Registrations.Add(new Registration { SessionId = sessions[0], VolunteerId = person.Id, Status = RegistrationStatus.Confirmed, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var manager = await browser.NewSignedInPageAsync(association, ProfileKind.AssociationManager);
        await manager.GotoAsync("/association/messages");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await Assertions.Expect(manager.GetByText("Aucun message pour l'instant.")).ToBeVisibleAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Nouveau message" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(manager);
        // Sent without anything: each missing field says so next to it.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("Choisissez à qui écrire.")).ToBeVisibleAsync();
        await manager.GetByLabel("Destinataire", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Maëlle Lefort ({volunteerEmail})" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("Donnez un objet au message.")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByText("Écrivez le message.")).ToBeVisibleAsync();

        await manager.GetByLabel("Objet", new() { Exact = true }).FillAsync("Votre arrivée");
        await manager.GetByLabel("Message", new() { Exact = true }).FillAsync("Votre chambre est la n° 4.\nLe code du portail est 2707.");
        await manager.Locator("#message-files").SetInputFilesAsync(new FilePayload
        {
            Name = "plan.pdf", MimeType = "application/pdf", Buffer = MessagingFixture.Pdf,
        });
        await Assertions.Expect(manager.GetByTestId("chosen-files")).ToContainTextAsync("plan.pdf");
        await BrowserFixture.CheckAsync(manager.GetByLabel("Confidentiel", new() { Exact = false }));
        await manager.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await manager.WaitForURLAsync(url => url.Contains("/association/messages/", StringComparison.Ordinal) && !url.EndsWith("/nouveau", StringComparison.Ordinal));
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Votre arrivée" })).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("messages")).ToContainTextAsync("Le code du portail est 2707.");
        await manager.AssertAccessibleAsync();

        // The e-mail says who wrote and links to the conversation; confidential, it copies neither subject nor text.
        var raw = await SmtpServer.Shared.WaitForMessageToAsync(volunteerEmail);
        var body = MailText.BodyOf(raw);
        Assert.Contains("/benevole/messages/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2707", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Votre arrivée", raw, StringComparison.Ordinal);

        var volunteer = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(volunteer, volunteerEmail);
        await volunteer.WaitForURLAsync(url => !url.Contains("/compte/"));
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByText("Messages (1 non lus)")).ToBeVisibleAsync();
        await volunteer.GotoAsync("/benevole/messages");
        await BrowserFixture.WaitForInteractiveAsync(volunteer);
        await volunteer.AssertAccessibleAsync();
        await volunteer.GetByRole(AriaRole.Link, new() { Name = "Votre arrivée" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByTestId("messages")).ToContainTextAsync("Votre chambre est la n° 4.");
        // Opened, it is read: the count leaves the menu.
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByText("Messages", new() { Exact = true })).ToBeVisibleAsync();

        // The attachment downloads for the volunteer, with its checked type and nosniff.
        var href = await volunteer.GetByRole(AriaRole.Link, new() { Name = "plan.pdf" }).GetAttributeAsync("href");
        var download = await volunteer.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        Assert.Equal("nosniff", download.Headers["x-content-type-options"]);
        Assert.Equal(MessagingFixture.Pdf, await download.BodyAsync());

        await BrowserFixture.WaitForInteractiveAsync(volunteer);
        await volunteer.GetByLabel("Message", new() { Exact = true }).FillAsync("Merci, à samedi !");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByTestId("messages")).ToContainTextAsync("Merci, à samedi !");

        // Back on the association's side, the answer waits, unread.
        await manager.GotoAsync("/association/messages");
        await Assertions.Expect(manager.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByText("Messages (1 non lus)")).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("tr.unread")).ToContainTextAsync("Maëlle Lefort");
        Assert.Contains("Merci, à samedi !", System.Net.WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(await ManagerEmailAsync(contexts, association)))), StringComparison.Ordinal);
    }

    private static async Task<string> ManagerEmailAsync(IDbContextFactory<RempartDbContext> contexts, Guid association)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return (await db.Users.Where(u => u.OrganisationId == association).Select(u => u.Email).FirstAsync())!;
    }
}
