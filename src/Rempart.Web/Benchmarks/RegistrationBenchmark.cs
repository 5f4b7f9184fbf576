using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// Registrations under contention: 200 volunteers ask at the same moment for the 50 places of 10
/// sessions (5 each), through the application's own <see cref="HoldPlace"/> (checks, lock,
/// counts, the registration and its history), and through the same transaction written as bare
/// SQL (the lock, the duplicate check, the count, the two inserts). Each round is timed from the
/// start signal to the last answer; the figure is milliseconds per confirmed registration.
/// </summary>
public sealed class RegistrationBenchmark(IServiceProvider services, TextWriter output, int rounds = RegistrationBenchmark.Rounds)
{
    public const int Rounds = 10;
    private const int Volunteers = 200, Sessions = 10, PlacesEach = 5;
    private static Actor Staff => BenchmarkActors.Staff;

    public async Task<BenchmarkLine> RunAsync(CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var hold = services.GetRequiredService<HoldPlace>();
        var app = new List<double>();
        var bare = new List<double>();
        // One warm-up round each (connections, query plans), then the rounds alternate.
        for (var round = -1; round < rounds; round++)
        {
            var (sessions, volunteers) = await PrepareAsync(contexts, cancellationToken);
            var (elapsed, confirmed) = await RaceAsync(volunteers.Select((v, i) => (Func<Task<bool>>)(async () =>
                (await hold.ExecuteAsync(sessions[i % Sessions], v, null, Staff, confirm: true, cancellationToken)).Succeeded)));
            Check(confirmed, "l'application");
            if (round >= 0) app.Add(elapsed / confirmed);

            (sessions, volunteers) = await PrepareAsync(contexts, cancellationToken);
            (elapsed, confirmed) = await RaceAsync(volunteers.Select((v, i) => (Func<Task<bool>>)(() => BareAsync(settings, sessions[i % Sessions], v, cancellationToken))));
            Check(confirmed, "le SQL nu");
            if (round >= 0) bare.Add(elapsed / confirmed);
        }
        var line = BenchmarkLine.Of($"Inscriptions en concurrence, {settings.Provider} ({Volunteers} volontaires, {Sessions * PlacesEach} places, {Sessions} sessions, ms par inscription confirmée × {rounds})", app, bare);
        output.WriteLine($"  {settings.Provider} : {1000 / line.AppP50:0} inscriptions confirmées par seconde par l'application, {1000 / line.BareP50:0} en SQL nu (médianes)");
        return line;
    }

    private static void Check(int confirmed, string path)
    {
        if (confirmed != Sessions * PlacesEach) throw new InvalidOperationException($"{confirmed} places données par {path} au lieu de {Sessions * PlacesEach} : la mesure serait fausse.");
    }

    /// <summary>Everyone waits for one signal, then all ask at once; the time runs until the last answer.</summary>
    private static async Task<(double Milliseconds, int Confirmed)> RaceAsync(IEnumerable<Func<Task<bool>>> attempts)
    {
        using var start = new ManualResetEventSlim();
        var tasks = attempts.Select(attempt => Task.Run(async () =>
        {
            start.Wait();
            return await attempt();
        })).ToList();
        await Task.Delay(50);
        var watch = Stopwatch.StartNew();
        start.Set();
        var outcomes = await Task.WhenAll(tasks);
        return (watch.Elapsed.TotalMilliseconds, outcomes.Count(o => o));
    }

    /// <summary>Ten published sessions of five places on a new worksite, and two hundred adult volunteers.</summary>
    private static async Task<(Guid[] Sessions, Guid[] Volunteers)> PrepareAsync(IDbContextFactory<RempartDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var association = new Organisation { Name = $"Association {Guid.NewGuid():N}", Kind = OrganisationKind.MemberAssociation };
        var site = new Site { Name = "Château du banc d'essai", Commune = "Treigny", AssociationId = association.Id };
        var worksite = new Worksite { Title = "Courtines", SiteId = site.Id, AssociationId = association.Id };
        var sessions = Enumerable.Range(0, Sessions).Select(i => new Session
        {
            WorksiteId = worksite.Id, StartDate = new DateOnly(2031, 7, 1).AddDays(i * 14), EndDate = new DateOnly(2031, 7, 12).AddDays(i * 14),
            Capacity = PlacesEach, MinimumAge = 18, Status = SessionStatus.Published,
        }).ToList();
        var volunteers = Enumerable.Range(0, Volunteers).Select(i => new Volunteer
        {
            FirstName = $"Prénom{i}", LastName = "Banc", Email = $"v{i}-{Guid.NewGuid():N}@banc.example.org", BirthDate = new DateOnly(1995, 1, 1),
        }).ToList();
        db.Organisations.Add(association);
        db.Sites.Add(site);
        db.Worksites.Add(worksite);
        db.Sessions.AddRange(sessions);
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync(cancellationToken);
        return (sessions.Select(s => s.Id).ToArray(), volunteers.Select(v => v.Id).ToArray());
    }

    /// <summary>
    /// The same transaction as the application's, in bare SQL: the session locked (BEGIN IMMEDIATE on
    /// SQLite, FOR UPDATE on PostgreSQL), the volunteer not yet there, the places taken counted
    /// against the capacity, then the registration and its first line of history.
    /// </summary>
    private static async Task<bool> BareAsync(DatabaseSettings settings, Guid session, Guid volunteer, CancellationToken cancellationToken)
    {
        var postgres = settings.Provider == DatabaseProvider.Postgres;
        await using var connection = await BareConnection.OpenAsync(settings, cancellationToken);
        // SQLite keeps ids and times as text, the way the application's mapping writes them.
        object Id(Guid id) => postgres ? id : id.ToString().ToUpperInvariant();
        object Time(DateTime time) => postgres ? time : time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
        var now = DateTime.UtcNow;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        const string Taking = """("Status" = 'Confirmed' OR ("Status" = 'Held' AND "HeldUntil" > @now))""";
        if (postgres) await ScalarAsync("""SELECT 1 FROM "Sessions" WHERE "Id" = @s FOR UPDATE""", ("s", Id(session)));
        var already = Convert.ToInt64(await ScalarAsync($"""SELECT count(*) FROM "Registrations" WHERE "SessionId" = @s AND "VolunteerId" = @v AND {Taking}""",
            ("s", Id(session)), ("v", Id(volunteer)), ("now", Time(now))));
        var capacity = Convert.ToInt64(await ScalarAsync("""SELECT "Capacity" FROM "Sessions" WHERE "Id" = @s""", ("s", Id(session))));
        var taken = Convert.ToInt64(await ScalarAsync($"""SELECT count(*) FROM "Registrations" WHERE "SessionId" = @s AND {Taking}""", ("s", Id(session)), ("now", Time(now))));
        if (already > 0 || taken >= capacity) return false;
        var registration = Guid.NewGuid();
        await ScalarAsync("""
            INSERT INTO "Registrations" ("Id", "SessionId", "VolunteerId", "Status", "Stage", "CreatedAt", "UpdatedAt", "RegisteredBy")
            VALUES (@id, @s, @v, 'Confirmed', 'Accepted', @now, @now, @by)
            """, ("id", Id(registration)), ("s", Id(session)), ("v", Id(volunteer)), ("now", Time(now)), ("by", Id(Staff.UserId)));
        await ScalarAsync("""
            INSERT INTO "RegistrationHistory" ("Id", "RegistrationId", "To", "At", "By", "ByUserId") VALUES (@id, @r, 'Accepted', @now, @by, @user)
            """, ("id", Id(Guid.NewGuid())), ("r", Id(registration)), ("now", Time(now)), ("by", Staff.Name), ("user", Id(Staff.UserId)));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
