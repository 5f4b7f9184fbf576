using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Extranet;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Extranet;
using Rempart.Web.Mail;

namespace Rempart.Tests.Extranet;

/// <summary>The extranet on a real host: who sees which pages and events, and the iCalendar feed read back by an independent parser.</summary>
public sealed class ExtranetHostTests : IAsyncLifetime
{
    private RempartAppFactory app = default!;

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host, ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
        });
        _ = app.Services;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<(Guid Elus, Guid Techniciens, Actor Admin, Actor Elu, Actor Technicien, Actor Volunteer)> PeopleAsync()
    {
        var elus = new ExtranetGroup { Name = $"Élus {Guid.NewGuid():N}"[..12] };
        var techniciens = new ExtranetGroup { Name = $"Techniciens {Guid.NewGuid():N}"[..18] };
        async Task<Actor> Person(string name, Guid? group, params ProfileKind[] profiles)
        {
            var user = await app.CreateUserAsync($"{name}-{Guid.NewGuid():N}@test.rempart.local", "Mot-de-passe-2026", profiles);
            if (group is { } g)
            {
                await using var db = app.Database.CreateContext();
                db.ExtranetGroupMembers.Add(new ExtranetGroupMember { GroupId = g, UserId = user.Id });
                await db.SaveChangesAsync();
            }
            await using var read = app.Database.CreateContext();
            return TestActors.Holding(user.Id, name, null, profiles);
        }
        await using (var db = app.Database.CreateContext())
        {
            db.ExtranetGroups.AddRange(elus, techniciens);
            await db.SaveChangesAsync();
        }
        return (elus.Id, techniciens.Id, await Person("admin", null, ProfileKind.SuperAdmin), await Person("elu", elus.Id, ProfileKind.ExtranetMember),
            await Person("technicien", techniciens.Id, ProfileKind.ExtranetMember), await Person("benevole", null, ProfileKind.Volunteer));
    }

    [Fact]
    public async Task PagesAndEvents_AreSeenByTheirGroupsOnly_AndAPageOneMayNotSeeDoesNotExist()
    {
        var (elus, techniciens, admin, elu, technicien, volunteer) = await PeopleAsync();
        var pages = app.Services.GetRequiredService<ExtranetPages>();
        var slug = $"bureau-{Guid.NewGuid():N}"[..14];
        var (forElus, errors) = await pages.SaveAsync(new PageDraft(null, null, "Bureau des élus", slug, "<p>Ordre du jour</p>", 1, false, [elus]), admin);
        Assert.Empty(errors);
        var (forAll, _) = await pages.SaveAsync(new PageDraft(null, null, "Accueil des membres", $"accueil-{Guid.NewGuid():N}"[..16], "<p>Bienvenue</p>", 0, true, []), admin);
        Assert.NotNull(await pages.ReadAsync(slug, elu));
        Assert.Null(await pages.ReadAsync(slug, technicien));
        Assert.Null(await pages.ReadAsync(slug, volunteer));
        Assert.Contains(await pages.MenuAsync(technicien), p => p.Id == forAll!.Id);
        Assert.DoesNotContain(await pages.MenuAsync(technicien), p => p.Id == forElus!.Id);
        Assert.Empty(await pages.MenuAsync(volunteer));
        // Only those who manage the extranet write; a page cannot hang under itself.
        Assert.Contains("", (await pages.SaveAsync(new PageDraft(null, null, "Intrus", null, "", 0, true, []), elu)).Errors.Keys);
        Assert.Contains("ParentId", (await pages.SaveAsync(new PageDraft(forElus!.Id, forElus.Id, "Bureau", slug, "", 1, false, [elus]), admin)).Errors.Keys);
        Assert.Contains("Slug", (await pages.SaveAsync(new PageDraft(null, null, "Autre", slug, "", 1, true, []), admin)).Errors.Keys);

        var calendar = app.Services.GetRequiredService<ExtranetCalendar>();
        var (committee, _) = await calendar.SaveAsync(new EventDraft(null, "Commission des finances", null, "Mairie", At("2027-03-16T18:00"), At("2027-03-16T20:00"), false,
            new Recurrence(RecurrenceFrequency.Weekly), false, [elus], new Dictionary<Guid, string?>(), false), admin);
        var (technical, _) = await calendar.SaveAsync(new EventDraft(null, "Réunion technique", null, null, At("2027-03-09T09:00"), At("2027-03-09T11:00"), false,
            new Recurrence(RecurrenceFrequency.Monthly, WeekdayPosition: 2), false, [techniciens], new Dictionary<Guid, string?>(), false), admin);
        var (holiday, _) = await calendar.SaveAsync(new EventDraft(null, "Journées du patrimoine", null, null, At("2027-09-18T00:00"), At("2027-09-19T00:00"), true,
            Recurrence.None, true, [], new Dictionary<Guid, string?>(), false), admin);

        async Task<IEnumerable<Guid>> Seen(Actor who) => (await calendar.OccurrencesAsync(new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 30), who)).Select(o => o.EventId).Distinct();
        Assert.Equal(new[] { committee!.Id, holiday!.Id }.Order(), (await Seen(elu)).Order());
        Assert.Equal(new[] { technical!.Id, holiday.Id }.Order(), (await Seen(technicien)).Order());
        Assert.Empty(await Seen(volunteer));
        Assert.Null(await calendar.GetAsync(committee.Id, technicien));
        Assert.Equal([technical.Id], (await calendar.OccurrencesAsync(new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 30), admin, new CalendarFilter(GroupId: techniciens))).Select(o => o.EventId).Distinct());
    }

    [Fact]
    public async Task TheFeed_ReadByAnIndependentParser_GivesTheSameOccurrencesAsTheCalendar_AndARenewedAddressForgetsTheOldOne()
    {
        var (elus, _, admin, elu, technicien, _) = await PeopleAsync();
        var calendar = app.Services.GetRequiredService<ExtranetCalendar>();
        var (weekly, errors) = await calendar.SaveAsync(new EventDraft(null, "Bureau ; séance, ordinaire", "Ordre du jour :\nbudget", "Salle des fêtes", At("2027-03-16T18:00"), At("2027-03-16T20:00"), false,
            new Recurrence(RecurrenceFrequency.Weekly, Interval: 1, Weekdays: [DayOfWeek.Tuesday, DayOfWeek.Thursday], Until: new DateOnly(2027, 11, 4)), false, [elus], new Dictionary<Guid, string?>(), false), admin);
        Assert.Empty(errors);
        Assert.Null(await calendar.ChangeOccurrenceAsync(weekly!.Id, new DateOnly(2027, 3, 23), true, null, null, admin));
        Assert.Null(await calendar.ChangeOccurrenceAsync(weekly.Id, new DateOnly(2027, 3, 25), false, At("2027-03-26T17:00"), At("2027-03-26T19:00"), admin));
        Assert.NotNull(await calendar.ChangeOccurrenceAsync(weekly.Id, new DateOnly(2027, 3, 24), true, null, null, admin));
        var (monthly, _) = await calendar.SaveAsync(new EventDraft(null, "Assemblée", null, null, At("2027-01-31T10:00"), At("2027-01-31T12:00"), false,
            new Recurrence(RecurrenceFrequency.Monthly, Count: 12), true, [], new Dictionary<Guid, string?>(), false), admin);
        var (lastFriday, _) = await calendar.SaveAsync(new EventDraft(null, "Pot du vendredi", null, null, At("2027-10-29T17:30"), At("2027-10-29T19:00"), false,
            new Recurrence(RecurrenceFrequency.Monthly, WeekdayPosition: -1, Count: 4), true, [], new Dictionary<Guid, string?>(), false), admin);
        var (days, _) = await calendar.SaveAsync(new EventDraft(null, "Séminaire", null, null, At("2027-06-10T00:00"), At("2027-06-11T00:00"), true,
            new Recurrence(RecurrenceFrequency.Yearly, Count: 2), true, [], new Dictionary<Guid, string?>(), false), admin);
        Assert.All(new[] { monthly, lastFriday, days }, e => Assert.NotNull(e));

        var feeds = app.Services.GetRequiredService<CalendarFeeds>();
        var token = (await feeds.TokenAsync(elu))!;
        Assert.Equal(token, await feeds.TokenAsync(elu));
        var client = app.CreateClient();
        var response = await client.GetAsync($"{ExtranetEndpoints.FeedPath}/{token}.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Bureau \\; séance\\, ordinaire", ics, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20271104T225959Z", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var file = Path.Combine(TestEnvironment.NewTempFolder("rempart-ics"), "feed.ics");
        await File.WriteAllTextAsync(file, ics);
        var (from, to) = (new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31));
        var parsed = JsonSerializer.Deserialize<string[][]>(await RunPythonAsync(file, from, to))!.Select(p => (p[0], p[1])).ToList();
        var host = new Uri(app.Services.GetRequiredService<IOptions<MailOptions>>().Value.PublicBaseUrl).Host;
        var ours = (await calendar.OccurrencesAsync(from, to, elu))
            .Select(o => ($"{o.EventId:N}@{host}", (o.AllDay ? DateTime.SpecifyKind(o.Start.Date, DateTimeKind.Utc) : ParisClock.ToUtc(o.Start)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")))
            .Order().ToList();
        Assert.Equal(ours, parsed.Order().ToList());
        Assert.Contains(parsed, p => p.Item2 == "2027-03-26T16:00:00Z");
        Assert.DoesNotContain(parsed, p => p.Item2 == "2027-03-23T17:00:00Z");
        // COUNT counts the months that have a 31st: twelve of them, over two years.
        Assert.Equal(12, parsed.Count(p => p.Item1.StartsWith($"{monthly!.Id:N}", StringComparison.Ordinal)));

        // Someone not in the group does not get the élus' events in their feed.
        Assert.DoesNotContain($"{weekly.Id:N}", await (await client.GetAsync($"{ExtranetEndpoints.FeedPath}/{await feeds.TokenAsync(technicien)}.ics")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var renewed = await feeds.RegenerateAsync(elu);
        Assert.NotEqual(token, renewed);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"{ExtranetEndpoints.FeedPath}/{token}.ics")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"{ExtranetEndpoints.FeedPath}/{renewed}.ics")).StatusCode);
    }

    [Fact]
    public async Task APagesHtml_IsCleanedBeforeItIsStored()
    {
        var (elus, _, admin, elu, _, _) = await PeopleAsync();
        var publish = app.Services.GetRequiredService<PublishExtranetPage>();
        var slug = $"piege-{Guid.NewGuid():N}"[..14];
        var (page, errors) = await publish.ExecuteAsync(new PageDraft(null, null, "Piège", slug, "", 0, false, [elus]),
            "<p onclick=\"alert(1)\">Ordre du jour</p><script>alert(document.cookie)</script><img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">lien</a><iframe src=\"https://exemple.org\"></iframe>" +
            "<a href=\"/documents/6c1f2b0e-0000-0000-0000-000000000001\">Compte rendu</a><img src=\"/documents/fichiers/6c1f2b0e-0000-0000-0000-000000000002?apercu=true\" alt=\"Plan\">" +
            "<a href=\"//ailleurs.example/piege\">ailleurs</a><a href=\"/\\\\ailleurs.example\">ailleurs</a>", admin);
        Assert.Empty(errors);
        var body = (await app.Services.GetRequiredService<ExtranetPages>().ReadAsync(slug, elu))!.Page.Body;
        Assert.Contains("Ordre du jour", body, StringComparison.Ordinal);
        // Links and pictures within Rempart stay (a document of the docuthèque, its preview); other hosts never.
        Assert.Contains("href=\"/documents/6c1f2b0e-0000-0000-0000-000000000001\"", body, StringComparison.Ordinal);
        Assert.Contains("src=\"/documents/fichiers/6c1f2b0e-0000-0000-0000-000000000002?apercu=true\"", body, StringComparison.Ordinal);
        foreach (var bad in new[] { "<script", "onclick", "onerror", "javascript:", "<iframe", "ailleurs.example" })
            Assert.DoesNotContain(bad, body, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page);
    }

    [Fact]
    public async Task TheDayBefore_TheMembersWhoSeeAnEventAreReminded_Once()
    {
        var (elus, _, admin, elu, technicien, _) = await PeopleAsync();
        var tomorrow = DateOnly.FromDateTime(ParisClock.ToLocal(DateTime.UtcNow)).AddDays(1);
        var title = $"Bureau {Guid.NewGuid():N}"[..16];
        var calendar = app.Services.GetRequiredService<ExtranetCalendar>();
        var (reminded, _) = await calendar.SaveAsync(new EventDraft(null, title, null, "Mairie", tomorrow.ToDateTime(new TimeOnly(18, 0)), tomorrow.ToDateTime(new TimeOnly(20, 0)), false,
            new Recurrence(RecurrenceFrequency.Weekly, Count: 3), false, [elus], new Dictionary<Guid, string?>(), true), admin);
        await calendar.SaveAsync(new EventDraft(null, $"Sans rappel {title}", null, null, tomorrow.ToDateTime(new TimeOnly(9, 0)), tomorrow.ToDateTime(new TimeOnly(10, 0)), false,
            Recurrence.None, true, [], new Dictionary<Guid, string?>(), false), admin);
        Assert.NotNull(reminded);
        var remind = app.Services.GetRequiredService<RemindEvents>();
        var emails = await UsersEmailsAsync(elu, technicien);

        // The host's own evening job may be the one that sends it (if the test runs at 17:00 in Paris): either way, one message.
        await remind.ExecuteAsync();
        var message = MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(emails[elu.UserId]));
        Assert.Contains(title, message, StringComparison.Ordinal);
        Assert.Contains("18:00", message, StringComparison.Ordinal);
        Assert.Equal(0, SmtpServer.Shared.CountMessagesTo(emails[technicien.UserId]));
        // A second run (or a second server) sends nothing again.
        await remind.ExecuteAsync();
        await Task.Delay(500);
        Assert.Equal(1, SmtpServer.Shared.CountMessagesTo(emails[elu.UserId]));
    }

    private async Task<Dictionary<Guid, string>> UsersEmailsAsync(params Actor[] actors)
    {
        await using var db = app.Database.CreateContext();
        var ids = actors.Select(a => a.UserId).ToList();
        return db.Users.Where(u => ids.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Email!);
    }

    private static DateTime At(string local) => DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> RunPythonAsync(string file, DateOnly from, DateOnly to)
    {
        var start = new ProcessStartInfo(TestEnvironment.PythonPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Extranet", "expand_ics.py"), file, from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd") })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);
        return output;
    }
}
