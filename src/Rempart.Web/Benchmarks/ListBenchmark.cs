using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// A back-office list at a federation's size: the registrations to review (<see cref="ListRegistrations"/>,
/// one line per volunteer's registration with their session, worksite, site and association),
/// filtered by stage and by a few letters of a name, newest first, one page, with the total; and
/// the same query in bare SQL, on the same rows.
/// </summary>
public sealed class ListBenchmark(IServiceProvider services, TextWriter output)
{
    public const int Runs = 15;

    /// <summary>What the registrations grid asks for: one page of 25 lines.</summary>
    private const int PageSize = 25;
    private static Actor Staff => BenchmarkActors.Staff;
    private static readonly string[] Names = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David"];
    private static readonly string[] Searches = ["mart", "dubo", "sim", "lefeb", "gar", "rob", "pet", "ber"];

    public async Task<IReadOnlyList<BenchmarkLine>> RunAsync(int volunteers, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var watch = Stopwatch.StartNew();
        await GenerateAsync(contexts, volunteers, cancellationToken);
        output.WriteLine($"  {volunteers:N0} volontaires inscrits générés en {watch.Elapsed.TotalSeconds:0.0} s");

        var list = services.GetRequiredService<ListRegistrations>();
        var stages = new[] { RegistrationStage.UnderReview, RegistrationStage.PreRegistered };
        var (app, bare) = await TimeAsync(Searches,
            search => list.ExecuteAsync(new RegistrationFilter(stages, search, Take: PageSize), Staff, cancellationToken),
            search => BareAsync(settings, stages, search, cancellationToken));
        var searched = BenchmarkLine.Of($"Liste des inscriptions, {settings.Provider}, {volunteers:N0} volontaires (filtre, recherche d'un nom, tri, page de {PageSize} et total × {app.Count})", app, bare);

        // The grid as it opens and as its pager turns: no search, newest first, pages further and further in.
        var pages = Enumerable.Range(0, Searches.Length).Select(i => i * i * PageSize).ToList();
        (app, bare) = await TimeAsync(pages,
            skip => list.ExecuteAsync(new RegistrationFilter(stages, Skip: skip, Take: PageSize), Staff, cancellationToken),
            skip => BarePageAsync(settings, stages, skip, cancellationToken));
        var paged = BenchmarkLine.Of($"Page de la grille des inscriptions, {settings.Provider}, {volunteers:N0} volontaires (filtre, plus récentes d'abord, page de {PageSize} et total × {app.Count})", app, bare);
        return [searched, paged];
    }

    /// <summary>Each input once through both paths to warm them, then <see cref="Runs"/> timed rounds, the two paths alternating.</summary>
    private static async Task<(List<double> App, List<double> Bare)> TimeAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> app, Func<T, Task> bare)
    {
        foreach (var input in inputs)
        {
            await app(input);
            await bare(input);
        }
        var (appTimes, bareTimes) = (new List<double>(), new List<double>());
        var watch = new Stopwatch();
        for (var run = 0; run < Runs; run++)
            foreach (var input in inputs)
            {
                watch.Restart();
                await app(input);
                appTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                await bare(input);
                bareTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
        return (appTimes, bareTimes);
    }

    /// <summary>
    /// The same page in the best bare SQL: the registrations counted and paged alone on the (Stage,
    /// CreatedAt) index, then only the page's lines joined.
    /// </summary>
    private static async Task BarePageAsync(DatabaseSettings settings, RegistrationStage[] stages, int skip, CancellationToken cancellationToken)
    {
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        await using var connection = await BareConnection.OpenAsync(settings, cancellationToken);
        var stageList = string.Join(", ", stages.Select(s => $"'{s}'"));
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = $"""SELECT count(*) FROM "Registrations" WHERE "Stage" IN ({stageList})""";
            await count.ExecuteScalarAsync(cancellationToken);
        }
        await using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT r."Id", v."FirstName" || ' ' || v."LastName", v."BirthDate", w."Title", site."Name", s."StartDate", s."EndDate", r."Stage", r."CreatedAt", o."Name"
            FROM (SELECT "Id" FROM "Registrations" WHERE "Stage" IN ({stageList}) ORDER BY "CreatedAt" DESC, "Id" LIMIT {PageSize} OFFSET {skip}) AS p
            JOIN "Registrations" r ON r."Id" = p."Id"
            JOIN "Volunteers" v ON v."Id" = r."VolunteerId"
            JOIN "Sessions" s ON s."Id" = r."SessionId"
            JOIN "Worksites" w ON w."Id" = s."WorksiteId"
            JOIN "Sites" site ON site."Id" = w."SiteId"
            JOIN "Organisations" o ON o."Id" = w."AssociationId"
            ORDER BY r."CreatedAt" DESC, r."Id"
            """;
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
    }

    /// <summary>
    /// The same page and total in the best bare SQL: the volunteers found through the trigram index
    /// (FTS5's on SQLite, pg_trgm's on PostgreSQL) and the sessions of the worksites whose title
    /// matches, the ids of the registrations found read once in order (the total and the page),
    /// then only the page's lines joined.
    /// </summary>
    private static async Task BareAsync(DatabaseSettings settings, RegistrationStage[] stages, string search, CancellationToken cancellationToken)
    {
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        await using var connection = await BareConnection.OpenAsync(settings, cancellationToken);
        var volunteers = postgres
            ? """SELECT "Id" FROM "Volunteers" WHERE search_text LIKE search_fold('%' || @search || '%')"""
            : """SELECT k.volunteer_id FROM search_volunteers f JOIN search_volunteer_keys k ON k.id = f.rowid WHERE search_volunteers MATCH '"' || @search || '"'""";
        var matching = $"""
            FROM "Registrations" r
            WHERE r."Stage" IN ({string.Join(", ", stages.Select(s => $"'{s}'"))})
              AND (r."VolunteerId" IN ({volunteers})
                OR r."SessionId" IN (SELECT s."Id" FROM "Sessions" s JOIN "Worksites" w ON w."Id" = s."WorksiteId" WHERE lower(w."Title") LIKE '%' || @search || '%'))
            """;
        // The ids found, in order, read once: their number is the total, the first ones the page.
        var found = new List<object>();
        await using (var ids = connection.CreateCommand())
        {
            ids.CommandText = $"""SELECT r."Id" {matching} ORDER BY r."CreatedAt" DESC, r."Id" """;
            Text(ids, search);
            await using var reader = await ids.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) found.Add(reader.GetValue(0));
        }
        var shown = found.Take(PageSize).ToList();
        if (shown.Count == 0) return;
        await using var page = connection.CreateCommand();
        page.CommandText = $"""
            SELECT r."Id", v."FirstName" || ' ' || v."LastName", v."BirthDate", w."Title", site."Name", s."StartDate", s."EndDate", r."Stage", r."CreatedAt", o."Name"
            FROM "Registrations" r
            JOIN "Volunteers" v ON v."Id" = r."VolunteerId"
            JOIN "Sessions" s ON s."Id" = r."SessionId"
            JOIN "Worksites" w ON w."Id" = s."WorksiteId"
            JOIN "Sites" site ON site."Id" = w."SiteId"
            JOIN "Organisations" o ON o."Id" = w."AssociationId"
            WHERE r."Id" IN ({string.Join(", ", shown.Select((_, i) => $"@id{i}"))})
            ORDER BY r."CreatedAt" DESC, r."Id"
            """;
        for (var i = 0; i < shown.Count; i++)
        {
            var parameter = page.CreateParameter();
            parameter.ParameterName = $"id{i}";
            parameter.Value = shown[i];
            page.Parameters.Add(parameter);
        }
        await using var rows = await page.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
            for (var i = 0; i < rows.FieldCount; i++) _ = rows.GetValue(i);
    }

    private static void Text(DbCommand command, string search)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "search";
        parameter.Value = search;
        command.Parameters.Add(parameter);
    }

    /// <summary>The first day of the generated sessions: they start over the 90 days that follow, and last two weeks.</summary>
    internal static readonly DateOnly SeasonStart = new(2031, 6, 1);

    /// <summary>Fifty associations, a thousand sessions, and one registration per volunteer at a stage drawn at random.</summary>
    internal static async Task GenerateAsync(IDbContextFactory<RempartDbContext> contexts, int volunteers, CancellationToken cancellationToken)
    {
        var random = new Random(20261123);
        var associations = Enumerable.Range(0, 50).Select(i => new Organisation { Name = $"Association {i}", Kind = OrganisationKind.MemberAssociation }).ToList();
        var sites = associations.Select((a, i) => new Site { Name = $"Site {i}", Commune = "Commune", AssociationId = a.Id }).ToList();
        var worksites = Enumerable.Range(0, 200).Select(i => new Worksite { Title = $"Chantier {i}", SiteId = sites[i % 50].Id, AssociationId = associations[i % 50].Id }).ToList();
        var sessions = Enumerable.Range(0, 1000).Select(i => new Session
        {
            WorksiteId = worksites[i % 200].Id, StartDate = SeasonStart.AddDays(i % 90), EndDate = SeasonStart.AddDays(13 + i % 90),
            Capacity = 500, MinimumAge = 18, Status = SessionStatus.Published,
        }).ToList();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Organisations.AddRange(associations);
            db.Sites.AddRange(sites);
            db.Worksites.AddRange(worksites);
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync(cancellationToken);
        }
        var stages = Enum.GetValues<RegistrationStage>();
        var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var done = 0; done < volunteers; done += 5000)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(volunteers, done + 5000); i++)
            {
                var last = Names[random.Next(Names.Length)];
                var volunteer = new Volunteer { FirstName = $"Prénom{i}", LastName = last, Email = $"v{i}@exemple.org", BirthDate = new DateOnly(1990, 1, 1).AddDays(random.Next(5000)) };
                db.Volunteers.Add(volunteer);
                var at = start.AddMinutes(i);
                db.Registrations.Add(new Registration
                {
                    SessionId = sessions[random.Next(sessions.Count)].Id, VolunteerId = volunteer.Id, Stage = stages[random.Next(stages.Length)],
                    Status = RegistrationStatus.Requested, CreatedAt = at, UpdatedAt = at,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        // A server's autovacuum would have run by the time anyone searches: without it, PostgreSQL plans
        // on an empty table's statistics and cannot answer from the index alone (the visibility map).
        await using var settle = await contexts.CreateDbContextAsync(cancellationToken);
        if (settle.Database.IsNpgsql()) await settle.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken);
    }
}
