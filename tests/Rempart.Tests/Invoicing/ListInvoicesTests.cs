using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Invoicing;

/// <summary>The treasurer's list of issued documents as the grid asks for it, one page at a time, on both databases: every document reachable, sorts, the count and sum of all.</summary>
public sealed class ListInvoicesTests
{
    [Theory, DatabaseData]
    public async Task Pages_CoverEveryDocumentOnce_NewestFirst_WithTheCountAndSumOfAll_AndSortsByTheColumnAsked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var session = programme.NewSession("2031-07-07", "2031-07-20");
        var issued = new DateTime(2031, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            db.Sessions.Add(session);
            for (var i = 0; i < 30; i++)
            {
                var volunteer = new Volunteer { FirstName = i == 7 ? "Hélène" : $"Vol {i:00}", LastName = "Payeur", Email = $"payeur-{i:00}-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(1995, 1, 1) };
                var registration = new Registration { SessionId = session.Id, VolunteerId = volunteer.Id };
                registration.Begin(RegistrationStage.Confirmed, RegistrationStatus.Confirmed, issued, "Rempart", null);
                var order = new Order { RegistrationId = registration.Id, CreatedAt = issued, Total = 100 + i, BilledTo = $"Payeur {29 - i:00}" };
                db.AddRange(volunteer, registration, order);
                // F-2031-000001 is the oldest; the newest, F-2031-000030, is Vol 29's.
                db.Invoices.Add(new Invoice
                {
                    OrderId = order.Id, Kind = InvoiceKind.Invoice, Year = 2031, Sequence = i + 1, Number = $"F-2031-{i + 1:000000}",
                    IssuedAt = issued.AddHours(i), Total = 100 + i,
                });
            }
            await db.SaveChangesAsync();
        }
        var list = new ListInvoices(database.Contexts);
        var staff = ProgrammeFixtures.Staff;

        var first = await list.ExecuteAsync(new InvoiceFilter(null, null, null, Take: 25), staff);
        var second = await list.ExecuteAsync(new InvoiceFilter(null, null, null, Skip: 25, Take: 25), staff);
        Assert.Equal((30, 30, 3435m), (first!.Count, second!.Count, first.Sum));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"F-2031-{30 - i:000000}"), first.Rows.Concat(second.Rows).Select(r => r.Number));

        var cheapest = await list.ExecuteAsync(new InvoiceFilter(null, null, null, Take: 2, Sort: new InvoiceSort(nameof(InvoiceRow.Total), Descending: false)), staff);
        Assert.Equal([100m, 101m], cheapest!.Rows.Select(r => r.Total));
        var byPayer = await list.ExecuteAsync(new InvoiceFilter(null, null, null, Take: 2, Sort: new InvoiceSort(nameof(InvoiceRow.BilledTo), Descending: false)), staff);
        Assert.Equal(["Payeur 00", "Payeur 01"], byPayer!.Rows.Select(r => r.BilledTo));
        var byVolunteer = await list.ExecuteAsync(new InvoiceFilter(null, null, "payeur", Take: 2, Sort: new InvoiceSort(nameof(InvoiceRow.VolunteerName), Descending: true)), staff);
        Assert.Equal(["Vol 29 Payeur", "Vol 28 Payeur"], byVolunteer!.Rows.Select(r => r.VolunteerName));
        Assert.Equal(30, byVolunteer.Count);
        // A volunteer's name, accents aside, through their index; a number, as printed.
        Assert.Equal(["Hélène Payeur"], (await list.ExecuteAsync(new InvoiceFilter(null, null, "HELENE"), staff))!.Rows.Select(r => r.VolunteerName));
        Assert.Equal(["F-2031-000012"], (await list.ExecuteAsync(new InvoiceFilter(null, null, "f-2031-000012"), staff))!.Rows.Select(r => r.Number));

        // Nobody else reads the accounts: an association's manager gets nothing at all.
        Assert.Null(await list.ExecuteAsync(new InvoiceFilter(null, null, null), programme.ManagerOf(programme.Association)));
    }
}
