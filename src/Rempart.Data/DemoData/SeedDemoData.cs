using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.DemoData;

/// <summary>
/// Fills an empty database with French demo data at the size of the real union. Deterministic
/// (fixed random seed) and run only when no member association exists, so seeding twice changes nothing.
/// </summary>
public sealed class SeedDemoData(IDbContextFactory<RempartDbContext> contexts, ILogger<SeedDemoData> logger, TimeProvider? clock = null)
{
    public const int Associations = 170;
    public const int Sites = 60;
    public const int Worksites = 120;
    public const int Sessions = 400;
    public const int Volunteers = 3000;

    /// <returns>true when data was added, false when the database already had some.</returns>
    public async Task<bool> ExecuteAsync(int firstSeason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.MemberAssociation, cancellationToken))
        {
            logger.LogInformation("Demo data skipped: the database already has associations");
            return false;
        }

        var random = new Random(2026);
        var associations = BuildOrganisations();
        var sites = BuildSites(associations);
        var worksites = BuildWorksites(sites, random);
        var leaders = BuildLeaders(random);
        var sessions = BuildSessions(worksites, leaders, firstSeason, random);
        var volunteers = BuildVolunteers(random);
        var (allocations, registrations) = DemoRegistrations.Build(sessions, worksites, associations, volunteers, random);
        var money = DemoMoney.Build(registrations, sessions, volunteers, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, random);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organisations.AddRange(associations);
        db.Sites.AddRange(sites);
        db.Worksites.AddRange(worksites);
        db.Leaders.AddRange(leaders);
        db.Sessions.AddRange(sessions);
        db.Volunteers.AddRange(volunteers);
        db.Allocations.AddRange(allocations);
        db.Registrations.AddRange(registrations);
        db.Orders.AddRange(money.Orders);
        db.Payments.AddRange(money.Payments);
        db.Invoices.AddRange(money.Invoices);
        db.Refunds.AddRange(money.Refunds);
        // Counters of a year the demo did not touch are created by the first real document.
        db.InvoiceCounters.AddRange(money.Counters);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Demo data added: {Associations} organisations, {Sites} sites, {Worksites} worksites, {Sessions} sessions, {Volunteers} volunteers, {Registrations} registrations, {Orders} orders",
            associations.Count, sites.Count, worksites.Count, sessions.Count, volunteers.Count, registrations.Count, money.Orders.Count);
        return true;
    }

    private static List<Organisation> BuildOrganisations()
    {
        var list = new List<Organisation> { new() { Name = "Union REMPART", Kind = OrganisationKind.Union, Commune = "Paris", Departement = "Paris" } };
        var names = new HashSet<string>();
        for (var i = 0; i < Associations; i++)
        {
            var place = DemoPlaces.All[i % DemoPlaces.All.Length];
            var name = Enumerable.Range(0, DemoNames.AssociationPrefixes.Length)
                .Select(k => $"{DemoNames.AssociationPrefixes[(i + k) % DemoNames.AssociationPrefixes.Length]} {place.Commune}")
                .First(names.Add);
            list.Add(new() { Name = name, Kind = OrganisationKind.MemberAssociation, Commune = place.Commune, Departement = place.Departement, Country = place.Country, Email = $"contact{i + 1}@association.exemple.org" });
        }
        list.Add(new() { Name = "Jeunesse et Reconstruction", Kind = OrganisationKind.SocialStructure, Commune = "Paris", Departement = "Paris" });
        list.Add(new() { Name = "Mission locale de Montélimar", Kind = OrganisationKind.SocialStructure, Commune = "Montélimar", Departement = "Drôme" });
        list.Add(new() { Name = "Internationale Jugendgemeinschaftsdienste", Kind = OrganisationKind.ForeignPartner, Country = "Allemagne" });
        list.Add(new() { Name = "Legambiente Volontariato", Kind = OrganisationKind.ForeignPartner, Country = "Italie" });
        list.Add(new() { Name = "Servei Civil Internacional de Catalunya", Kind = OrganisationKind.ForeignPartner, Country = "Espagne" });
        return list;
    }

    private static List<Site> BuildSites(List<Organisation> organisations)
    {
        var members = organisations.Where(o => o.Kind == OrganisationKind.MemberAssociation).ToList();
        return DemoPlaces.All.Take(Sites).Select((p, i) => new Site
        {
            Name = p.Monument, Commune = p.Commune, Postcode = p.Postcode, Departement = p.Departement, Region = p.Region,
            Country = p.Country, Latitude = p.Lat, Longitude = p.Lon, HeritageStatus = p.Status, AssociationId = members[i].Id,
        }).ToList();
    }

    private static List<Worksite> BuildWorksites(List<Site> sites, Random random) =>
        Enumerable.Range(0, Worksites).Select(i =>
        {
            var site = sites[i % sites.Count];
            var kind = DemoNames.WorksiteKinds[random.Next(DemoNames.WorksiteKinds.Length)];
            var techniques = DemoNames.Techniques.OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            return new Worksite
            {
                SiteId = site.Id, AssociationId = site.AssociationId, Title = $"{kind} – {site.Name}",
                Techniques = string.Join(", ", techniques),
                Description = $"Chantier de bénévoles au {site.Name} ({site.Commune}) : {kind.ToLowerInvariant()}.",
                Audience = i % 4 == 1 ? Audience.Teenagers : i % 9 == 0 ? Audience.International : Audience.Adults,
                Languages = i % 9 == 0 ? "français, anglais" : "français",
                Accommodation = "Hébergement sous tente ou en dortoir, repas préparés ensemble.",
                Status = WorksiteStatus.Active,
            };
        }).ToList();

    /// <summary>
    /// Each worksite gets sessions in two rounds per season, the second starting after the first has
    /// ended, each led by the worksite's own leader: the demo data passes the date control.
    /// </summary>
    private static List<Session> BuildSessions(List<Worksite> worksites, List<Leader> leaders, int firstSeason, Random random) =>
        Enumerable.Range(0, Sessions).Select(i =>
        {
            var season = firstSeason + i * 2 / Sessions;
            var indexInSeason = i % (Sessions / 2);
            var worksite = indexInSeason % worksites.Count;
            var round = indexInSeason / worksites.Count;
            var start = new DateOnly(season, 6, 1).AddDays(round * 60 + random.Next(0, 31));
            var teenagers = worksites[worksite].Audience == Audience.Teenagers;
            var session = new Session
            {
                WorksiteId = worksites[worksite].Id, StartDate = start, EndDate = start.AddDays(random.Next(6, 22)),
                Capacity = random.Next(8, 21), MinimumAge = teenagers ? 14 : 18, MaximumAge = teenagers ? 17 : null,
                RegistrationOpens = new DateOnly(season, 1, 15), RegistrationCloses = start.AddDays(-7),
                Status = season == firstSeason ? SessionStatus.Closed : SessionStatus.Published,
            };
            session.Leaders.Add(new SessionLeader { SessionId = session.Id, LeaderId = leaders[worksite].Id });
            return session;
        }).ToList();

    private static List<Leader> BuildLeaders(Random random) =>
        Enumerable.Range(0, Worksites).Select(i =>
        {
            var first = DemoNames.FirstNames[random.Next(DemoNames.FirstNames.Length)];
            var last = DemoNames.LastNames[random.Next(DemoNames.LastNames.Length)];
            return new Leader { FirstName = first, LastName = last, Email = $"animateur{i + 1}@exemple.org" };
        }).ToList();

    private static List<Volunteer> BuildVolunteers(Random random) =>
        Enumerable.Range(0, Volunteers).Select(i =>
        {
            var first = DemoNames.FirstNames[random.Next(DemoNames.FirstNames.Length)];
            var last = DemoNames.LastNames[random.Next(DemoNames.LastNames.Length)];
            var place = DemoPlaces.All[random.Next(DemoPlaces.All.Length)];
            return new Volunteer
            {
                FirstName = first, LastName = last, Email = $"{Ascii(first)}.{Ascii(last)}.{i + 1}@exemple.org",
                BirthDate = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 61 * 365)), Commune = place.Commune, Country = place.Country,
            };
        }).ToList();

    private static string Ascii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetter(c));
        return new string(kept.ToArray()).ToLowerInvariant();
    }
}
