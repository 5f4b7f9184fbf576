using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Registrations;

/// <summary>Registrations awaiting payment: a reminder first, then the place goes back, on a real database.</summary>
public sealed class ChasePaymentsTests
{
    private static readonly RegistrationOptions Options8And3 = new() { PaymentDays = 8, PaymentReminderDays = 3 };

    [Theory, DatabaseData]
    public async Task AnUnpaidRegistration_IsRemindedOnce_ThenReleasedAfterItsDeadline(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var (session, id) = await AwaitingPaymentAsync(places);
        var chase = Chase(places);

        places.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Empty((await chase.ExecuteAsync()).Reminders);
        places.Clock.Advance(TimeSpan.FromDays(1.5));
        var reminded = await chase.ExecuteAsync();
        Assert.Equal(id, Assert.Single(reminded.Reminders).RegistrationId);
        Assert.Empty(reminded.Released);
        Assert.Empty((await chase.ExecuteAsync()).Reminders);
        Assert.Equal(1, await places.TakenAsync(session));

        places.Clock.Advance(TimeSpan.FromDays(3));
        var released = Assert.Single((await chase.ExecuteAsync()).Released);

        Assert.Equal(RegistrationStage.CancelledByStaff, released.To);
        Assert.StartsWith("Paiement non reçu avant le", released.Reason);
        Assert.Equal(0, await places.TakenAsync(session));
        Assert.Empty((await chase.ExecuteAsync()).Released);
    }

    [Theory, DatabaseData]
    public async Task AReminderSentLate_GivesItsDaysBeforeThePlaceIsReleased(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var (_, id) = await AwaitingPaymentAsync(places);
        var chase = Chase(places);

        places.Clock.Advance(TimeSpan.FromDays(12));
        var late = await chase.ExecuteAsync();
        Assert.Single(late.Reminders);
        Assert.Empty(late.Released);
        Assert.Equal(places.Clock.GetUtcNow().UtcDateTime.AddDays(3), late.Reminders[0].DueAt);

        places.Clock.Advance(TimeSpan.FromDays(2.9));
        Assert.Empty((await chase.ExecuteAsync()).Released);
        places.Clock.Advance(TimeSpan.FromDays(0.2));
        Assert.Equal(id, Assert.Single((await chase.ExecuteAsync()).Released).RegistrationId);
    }

    private static ChasePayments Chase(PlacesFixture places) =>
        new(places.Database.Contexts, places.ChangeStage(Options8And3), Options.Create(Options8And3), places.Clock);

    /// <summary>An accepted registration whose file was sent complete, which staff then ask to pay.</summary>
    private static async Task<(Session Session, Guid Id)> AwaitingPaymentAsync(PlacesFixture places)
    {
        var session = await places.SessionAsync(capacity: 2);
        var id = (await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Malo")))).RegistrationId!.Value;
        Assert.Null((await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        await using (var db = places.Database.CreateContext())
            await db.Registrations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.FileSentAt, places.Clock.GetUtcNow().UtcDateTime));
        Assert.Null((await places.ChangeStage(Options8And3).ExecuteAsync(id, RegistrationStage.AwaitingPayment, PlacesFixture.Staff)).Refusal);
        await using var check = places.Database.CreateContext();
        Assert.Equal(places.Clock.GetUtcNow().UtcDateTime.AddDays(8), (await check.Registrations.SingleAsync(r => r.Id == id)).PaymentDueAt!.Value, TimeSpan.FromMilliseconds(1));
        return (session, id);
    }
}
