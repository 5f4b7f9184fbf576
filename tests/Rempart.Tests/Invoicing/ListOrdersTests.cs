using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Invoicing;

/// <summary>The treasurer's orders, one page at a time, on both databases: what is due counted and summed over every order, not a first batch; pages, sorts, scope.</summary>
public sealed class ListOrdersTests
{
    [Theory, DatabaseData]
    public async Task DueOrders_AreCountedAndSummedOverAll_AndPagedNewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var session = programme.NewSession("2031-07-07", "2031-07-20");
        var at = new DateTime(2031, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            db.Sessions.Add(session);
            for (var i = 0; i < 30; i++)
            {
                var volunteer = new Volunteer { FirstName = $"Vol {i:00}", LastName = "Commande", Email = $"commande-{i:00}-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(1995, 1, 1) };
                var registration = new Registration { SessionId = session.Id, VolunteerId = volunteer.Id };
                // The last one cancelled her registration: what her order says is no longer chased.
                registration.Begin(i == 29 ? RegistrationStage.CancelledByVolunteer : RegistrationStage.AwaitingPayment, RegistrationStatus.Confirmed, at, "Rempart", null);
                var order = new Order { RegistrationId = registration.Id, CreatedAt = at.AddHours(i), Total = 100, BilledTo = $"Payeur {i:00}" };
                db.AddRange(volunteer, registration, order);
                // 0 to 9 paid in full, 10 to 19 paid 40, 20 to 29 nothing; a failed payment never counts.
                if (i < 20) db.Payments.Add(new Payment { OrderId = order.Id, Method = PaymentMethod.Cheque, Status = PaymentStatus.Paid, Amount = i < 10 ? 100 : 40, PayerName = "P", CreatedAt = at });
                db.Payments.Add(new Payment { OrderId = order.Id, Method = PaymentMethod.Online, Status = PaymentStatus.Failed, Amount = 100, PayerName = "P", CreatedAt = at });
                // An order replaced by a later one is not in force.
                if (i == 5) db.Orders.Add(new Order { RegistrationId = registration.Id, CreatedAt = at, Total = 999, BilledTo = "Ancienne", ReplacedAt = at });
            }
            await db.SaveChangesAsync();
        }
        var list = new ListOrders(database.Contexts);
        var staff = ProgrammeFixtures.Staff;

        var first = await list.ExecuteAsync(new OrderFilter(DueOnly: true, Take: 5), staff);
        Assert.Equal((19, 10 * 60m + 9 * 100m), (first!.Count, first.Due));
        Assert.Equal(["Vol 28 Commande", "Vol 27 Commande", "Vol 26 Commande", "Vol 25 Commande", "Vol 24 Commande"], first.Rows.Select(r => r.VolunteerName));
        var last = await list.ExecuteAsync(new OrderFilter(DueOnly: true, Skip: 15, Take: 5), staff);
        Assert.Equal(["Vol 13 Commande", "Vol 12 Commande", "Vol 11 Commande", "Vol 10 Commande"], last!.Rows.Select(r => r.VolunteerName));
        Assert.All(last.Rows, r => Assert.Equal((40m, 60m), (r.Paid, r.Due)));

        var all = await list.ExecuteAsync(new OrderFilter(DueOnly: false, Take: 2, Sort: new OrderSort(nameof(OrderRow.Due), Descending: false)), staff);
        Assert.Equal(30, all!.Count);
        Assert.All(all.Rows, r => Assert.Equal(0m, r.Due));
        Assert.DoesNotContain("Ancienne", (await list.ExecuteAsync(new OrderFilter(DueOnly: false), staff))!.Rows.Select(r => r.BilledTo));
        Assert.Equal(["Payeur 12"], (await list.ExecuteAsync(new OrderFilter(DueOnly: true, Search: "vol 12"), staff))!.Rows.Select(r => r.BilledTo));

        Assert.Null(await list.ExecuteAsync(new OrderFilter(DueOnly: true), programme.ManagerOf(programme.Association)));
    }
}
