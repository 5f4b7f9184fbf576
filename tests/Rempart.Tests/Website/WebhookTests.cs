using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rempart.Data.Database;
using Rempart.Data.Website;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Programming;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Domain.Website;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Website;

namespace Rempart.Tests.Website;

/// <summary>Outgoing webhooks on a real host and a real receiver: the events of a session's life, signed, retried, and never for a consumer that did not ask.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private static readonly Actor Admin = TestActors.Holding(null, ProfileKind.SuperAdmin);
    private RempartAppFactory factory = default!;
    private WebApplicationFactory<Program> app = default!;
    private TestDatabase database = default!;
    private WebhookReceiver receiver = default!;
    private readonly ManualClock clock = new();

    public async Task InitializeAsync()
    {
        factory = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Website:PollSeconds"] = "3600" });
        database = factory.Database;
        app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        app.CreateClient().Dispose();
        receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }

    private T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();
    private Task<WebsiteChanges> DetectAsync() => Get<DetectWebsiteChanges>().ExecuteAsync();
    private Task<(int Delivered, int Failed)> DeliverAsync() => Get<DeliverWebhooks>().ExecuteAsync();

    private async Task<string> SubscribeAsync(params string[] events)
    {
        var (subscription, secret, errors) = await Get<WebhookSubscriptions>().CreateAsync("Partenaire", receiver.Url, events, Admin);
        Assert.Empty(errors);
        Assert.NotNull(subscription);
        return secret!;
    }

    [Fact]
    public async Task ASessionsLife_IsAnnouncedSigned_PublishedChangedAvailabilityUnpublished_EachOnce()
    {
        var secret = await SubscribeAsync(WebhookEvents.Catalogue.Select(c => c.Event).ToArray());
        var session = await ProgrammeFixtures.PublishedSessionAsync(database, "2031-07-07", "2031-07-20");
        await DetectAsync();
        Assert.Equal((1, 0), await DeliverAsync());
        // Nothing changed: nothing more.
        await DetectAsync();
        Assert.Equal((0, 0), await DeliverAsync());

        // A registration takes a place: availability only.
        await using (var db = database.CreateContext())
        {
            var volunteer = new Volunteer { FirstName = "Inès", LastName = "Martin", Email = "ines@example.org", BirthDate = new DateOnly(2000, 1, 1) };
            db.Volunteers.Add(volunteer);
            db.Registrations.Add(new Registration
            {
                SessionId = session.Id, VolunteerId = volunteer.Id, Stage = RegistrationStage.Confirmed, Status = RegistrationStatus.Confirmed,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await DetectAsync();
        // New dates: changed only.
        await using (var db = database.CreateContext())
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndDate, new DateOnly(2031, 7, 21)));
        await DetectAsync();
        await using (var db = database.CreateContext())
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled));
        await DetectAsync();
        Assert.Equal((3, 0), await DeliverAsync());

        var received = receiver.Requests.ToList();
        Assert.Equal([WebhookEvents.SessionPublished, WebhookEvents.SessionAvailabilityChanged, WebhookEvents.SessionChanged, WebhookEvents.SessionUnpublished],
            received.Select(r => r.Event));
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(secret, r.Signature, r.Body, clock.GetUtcNow(), TimeSpan.FromMinutes(5)), r.Signature));
        Assert.All(received, r => Assert.Equal(session.Id, JsonDocument.Parse(r.Body).RootElement.GetProperty("sessionId").GetGuid()));
        Assert.Equal(11, JsonDocument.Parse(received[1].Body).RootElement.GetProperty("session").GetProperty("freePlaces").GetInt32());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(received[3].Body).RootElement.GetProperty("session").ValueKind);
        // Another secret, another body or an old time do not verify.
        Assert.False(WebhookSignature.Verify("whsec_other", received[0].Signature, received[0].Body, clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(secret, received[0].Signature, received[0].Body + " ", clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(secret, received[0].Signature, received[0].Body, clock.GetUtcNow().AddHours(1), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task AFailingReceiver_IsRetriedLaterWithTheSameDelivery_AndAConsumerGetsOnlyItsEvents()
    {
        var secret = await SubscribeAsync(WebhookEvents.SessionPublished);
        var (_, _, errors) = await Get<WebhookSubscriptions>().CreateAsync("", "ftp://x", [], Admin);
        Assert.Equal(["Events", "Name", "Url"], errors.Keys.Order());
        var (_, _, refused) = await Get<WebhookSubscriptions>().CreateAsync("Staff", receiver.Url, [WebhookEvents.SessionPublished],
            TestActors.Holding(null, ProfileKind.Staff));
        Assert.True(refused.ContainsKey(""));

        receiver.AnswerNext(500, 503);
        await ProgrammeFixtures.PublishedSessionAsync(database, "2031-07-07", "2031-07-20");
        await DetectAsync();
        Assert.Equal((0, 1), await DeliverAsync());
        // Not again at once: 30 s later.
        Assert.Equal((0, 0), await DeliverAsync());
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal((0, 1), await DeliverAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((0, 0), await DeliverAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((1, 0), await DeliverAsync());

        var received = receiver.Requests.ToList();
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.Delivery).Distinct());
        Assert.Single(received.Select(r => r.Body).Distinct());
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(secret, r.Signature, r.Body, clock.GetUtcNow(), TimeSpan.FromMinutes(5))));
        var history = await Get<WebhookSubscriptions>().RecentDeliveriesAsync(Admin);
        var delivery = Assert.Single(history);
        Assert.Equal((WebhookDeliveryState.Delivered, 3, 200), (delivery.State, delivery.Attempts, delivery.LastStatus));

        // A change of free places is not this consumer's event.
        await using (var db = database.CreateContext())
            await db.Sessions.ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 20));
        await DetectAsync();
        Assert.Equal((0, 0), await DeliverAsync());

        // Removed: its deliveries go with it, and both acts are in the audit log.
        var subscription = Assert.Single(await Get<WebhookSubscriptions>().ListAsync(Admin));
        Assert.NotNull(await Get<WebhookSubscriptions>().DeleteAsync(subscription.Id, TestActors.Holding(null, ProfileKind.Staff)));
        Assert.Null(await Get<WebhookSubscriptions>().DeleteAsync(subscription.Id, Admin));
        Assert.Empty(await Get<WebhookSubscriptions>().RecentDeliveriesAsync(Admin));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.WebhookDeliveries.CountAsync());
            var audit = await db.AuditEntries.Where(a => a.Event == AuditEvent.WebhookSubscribed || a.Event == AuditEvent.WebhookUnsubscribed).ToListAsync();
            Assert.Equal([AuditEvent.WebhookSubscribed, AuditEvent.WebhookUnsubscribed], audit.OrderBy(a => a.At).Select(a => a.Event));
            Assert.All(audit, a => Assert.Contains(receiver.Url, a.Details, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AReceiverThatNeverAnswersWell_IsGivenUpAfterADozenTries()
    {
        await SubscribeAsync(WebhookEvents.SessionPublished);
        receiver.AnswerNext(Enumerable.Repeat(500, WebhookRules.MaximumAttempts + 2).ToArray());
        await ProgrammeFixtures.PublishedSessionAsync(database, "2031-07-07", "2031-07-20");
        await DetectAsync();
        for (var i = 0; i < WebhookRules.MaximumAttempts + 2; i++)
        {
            await DeliverAsync();
            clock.Advance(TimeSpan.FromHours(7));
        }
        Assert.Equal(WebhookRules.MaximumAttempts, receiver.Requests.Count);
        var delivery = Assert.Single(await Get<WebhookSubscriptions>().RecentDeliveriesAsync(Admin));
        Assert.Equal(WebhookDeliveryState.Abandoned, delivery.State);
        Assert.Contains("500", delivery.LastError, StringComparison.Ordinal);
    }
}
