using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Registrations;

namespace Rempart.Tests.Registrations;

public sealed class ChasePaymentsJobTests
{
    [Fact]
    public async Task TheHourlyJob_MailsTheReminder_AndThenTheRelease()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host,
            ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
        });
        _ = app.Services;
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var session = programme.NewSession("2029-07-02", "2029-07-15");
        session.Status = SessionStatus.Published;
        var volunteer = new Volunteer { FirstName = "Noah", LastName = "Petit", Email = $"noah-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(2000, 2, 2) };
        var registration = new Registration { SessionId = session.Id, VolunteerId = volunteer.Id };
        var now = DateTime.UtcNow;
        registration.Begin(RegistrationStage.AwaitingPayment, RegistrationStatus.Confirmed, now.AddDays(-6), "Rempart", null);
        registration.PaymentDueAt = now.AddDays(2);
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(session);
            db.Volunteers.Add(volunteer);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
        }
        using var scope = app.Services.CreateScope();

        await ActivatorUtilities.CreateInstance<ChasePaymentsJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);
        var reminder = System.Text.RegularExpressions.Regex.Replace(
            WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(volunteer.Email))), "<[^>]+>", "");
        Assert.Contains("attend son paiement", reminder);
        Assert.Contains($"La place reste réservée jusqu'au {registration.PaymentDueAt.Value.AddDays(1).ToLocalTime():dd/MM/yyyy}", reminder);

        await using (var db = app.Database.CreateContext())
            await db.Registrations.Where(r => r.Id == registration.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentDueAt, now.AddMinutes(-1)));
        await ActivatorUtilities.CreateInstance<ChasePaymentsJob>(scope.ServiceProvider).Execute(null!, CancellationToken.None);

        var released = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(volunteer.Email, bodyContains: "Paiement non reçu")));
        Assert.Contains("annulée par l'organisation", released);
    }
}
