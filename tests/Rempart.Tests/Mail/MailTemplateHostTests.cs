using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Tests.Registrations;
using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>The union's text replaces the default in the messages that leave, through a real SMTP server; a bad text is refused and changes nothing.</summary>
public sealed class MailTemplateHostTests
{
    [Fact]
    public async Task TheUnionsText_IsCheckedCleanedAndSent_AndTheDefaultComesBackWhenReset()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host, ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
        });
        using var scope = app.Services.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<SaveMailTemplate>();
        var templates = scope.ServiceProvider.GetRequiredService<MailTemplates>();
        var staff = TestActors.Holding(Guid.NewGuid(), "Chargée de communication", null, ProfileKind.Staff) with { Permissions = new HashSet<string> { Permissions.MailTemplates } };
        var key = MailTemplateCatalogue.Received;

        var refused = await save.ExecuteAsync(key, "Reçu : {{session.chantier}}", "<p>Bonjour {{volontaire.prénom}}</p>", staff);
        Assert.Contains("« volontaire.prénom »", refused["Body"], StringComparison.Ordinal);
        Assert.False((await templates.GetAsync(key))!.Customised);
        var manager = TestActors.Holding(Guid.NewGuid(), "Responsable", Guid.NewGuid(), ProfileKind.AssociationManager);
        Assert.True((await save.ExecuteAsync(key, "Objet", "<p>Texte</p>", manager)).ContainsKey(""));

        var errors = await save.ExecuteAsync(key, "Bienvenue sur {{session.chantier}} !",
            "<p onclick=\"alert(1)\">Chère/cher {{volontaire.prenom}}, merci !</p><script>alert(2)</script><p>{{inscription.prochaine_etape}}</p>", staff);
        Assert.Empty(errors);
        var stored = (await templates.GetAsync(key))!;
        Assert.True(stored.Customised);
        Assert.Equal("<p>Chère/cher {{volontaire.prenom}}, merci !</p><p>{{inscription.prochaine_etape}}</p>", stored.Body);

        var email = await PreRegisterAsync(app, "Maëlle");
        var mail = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email)));
        Assert.Contains("Chère/cher Maëlle, merci !", mail);
        Assert.Contains("Union REMPART", mail);
        Assert.DoesNotContain("alert", mail);

        Assert.Null(await templates.ResetAsync(key, staff));
        Assert.False((await templates.GetAsync(key))!.Customised);
        var again = await PreRegisterAsync(app, "Noé");
        var second = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(again)));
        Assert.Contains("Nous avons bien reçu la pré-inscription de", second);
    }

    private static async Task<string> PreRegisterAsync(RempartAppFactory app, string firstName)
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database);
        var form = PreRegistrationTests.Form(firstName);
        using var scope = app.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<Web.Registrations.PreRegister>().ExecuteAsync(session.Id, form, null);
        Assert.NotNull(outcome.RegistrationId);
        return form.Email;
    }
}
