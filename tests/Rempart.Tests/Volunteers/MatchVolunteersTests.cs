using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Search;
using Rempart.Data.Volunteers;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Volunteers;

/// <summary>
/// A few letters find their volunteers through the trigram index, on both databases: case and
/// accents aside, by name or address; kept as volunteers are added, renamed (anonymised) and
/// removed; the user's quotes and wildcards read as letters.
/// </summary>
public sealed class MatchVolunteersTests
{
    [Theory, DatabaseData]
    public async Task Containing_FindsByAnyPartOfTheNameOrAddress_CaseAndAccentsAside(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var helene = Volunteer("Hélène", "Lefèvre", "h.lefevre@exemple.org");
        var marc = Volunteer("Marc", "Dupont-Aignan", "marc_d@exemple.org");
        var zoe = Volunteer("Zoé", "O'Neil \"la rouge\"", "zoe100%@exemple.org");
        await using (var db = database.CreateContext())
        {
            db.Volunteers.AddRange(helene, marc, zoe);
            await db.SaveChangesAsync();
        }

        Assert.Equal([helene.Id], await FindAsync(database, "HELENE"));
        Assert.Equal([helene.Id], await FindAsync(database, "lefèv"));
        Assert.Equal([helene.Id], await FindAsync(database, "hélène lef"));
        Assert.Equal([marc.Id], await FindAsync(database, "pont-ai"));
        Assert.Equal([marc.Id], await FindAsync(database, "marc_d@"));
        Assert.Equal([marc.Id], await FindAsync(database, "  Dupont  "));
        Assert.Equal([zoe.Id], await FindAsync(database, "\"la rouge\""));
        Assert.Equal([zoe.Id], await FindAsync(database, "100%"));
        Assert.Equal([zoe.Id], await FindAsync(database, "o'n"));
        Assert.Empty(await FindAsync(database, "rc_du"));
        Assert.Empty(await FindAsync(database, "0%@e_"));
        Assert.Equal(new[] { helene.Id, marc.Id, zoe.Id }.Order(), (await FindAsync(database, "exemple.org")).Order());
        // Shorter than a trigram: read from the table, still found.
        Assert.Equal([zoe.Id], await FindAsync(database, "zo"));
    }

    [Theory, DatabaseData]
    public async Task Containing_FollowsAddedRenamedAndRemovedVolunteers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var claire = Volunteer("Claire", "Fontaine", "claire@exemple.org");
        var paul = Volunteer("Paul", "Fontaine", "paul@exemple.org");
        await using (var db = database.CreateContext())
        {
            db.Volunteers.AddRange(claire, paul);
            await db.SaveChangesAsync();
        }
        Assert.Equal(2, (await FindAsync(database, "fontaine")).Count);

        await using (var db = database.CreateContext())
        {
            // As the anonymisation does: the old name must no longer find anyone.
            await db.Volunteers.Where(v => v.Id == claire.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.FirstName, "Anonyme").SetProperty(v => v.LastName, "Anonyme").SetProperty(v => v.Email, "anonyme@invalid"));
            await db.Volunteers.Where(v => v.Id == paul.Id).ExecuteDeleteAsync();
        }

        Assert.Empty(await FindAsync(database, "fontaine"));
        Assert.Empty(await FindAsync(database, "claire"));
        Assert.Equal([claire.Id], await FindAsync(database, "anonyme@"));
    }

    [Theory, DatabaseData]
    public async Task TheDatabasesFold_AsTheCodeDoes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        string[] names = ["Château de Guédelon", "ŒUVRE Ça", "Élève Straße", "Ægir", "déjà-vu"];
        await using (var db = database.CreateContext())
        {
            db.Volunteers.AddRange(names.Select(n => Volunteer(n, "X", "x@exemple.org")));
            await db.SaveChangesAsync();
        }
        await using (var db = database.CreateContext())
        {
            var folded = await db.Volunteers.Where(v => v.LastName == "X").Select(v => new { v.FirstName, Folded = TextFold.Fold(v.FirstName) }).ToListAsync();
            Assert.Equal(names.Order(StringComparer.Ordinal).Select(TextFold.Plain), folded.OrderBy(f => f.FirstName, StringComparer.Ordinal).Select(f => f.Folded));
        }
        Assert.Equal(["chateau de guedelon", "oeuvre ca", "eleve strasse", "aegir", "deja-vu"], names.Select(TextFold.Plain));
    }

    private static Volunteer Volunteer(string first, string last, string email) =>
        new() { FirstName = first, LastName = last, Email = email, BirthDate = new DateOnly(1995, 5, 5) };

    private static async Task<List<Guid>> FindAsync(TestDatabase database, string text)
    {
        await using var db = database.CreateContext();
        var found = MatchVolunteers.Containing(db, text);
        return await db.Volunteers.Where(v => found.Contains(v.Id)).Select(v => v.Id).ToListAsync();
    }
}
