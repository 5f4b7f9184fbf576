using Microsoft.EntityFrameworkCore;
using Rempart.Data.Search;

namespace Rempart.Data.Volunteers;

/// <summary>
/// The volunteers whose first name, last name or e-mail address contains a text, case and accents
/// aside, as a query to compose into a list's (the ids only: the database keeps it a subquery).
/// It reads the trigram index of the VolunteerNameSearch migration, so a few letters no longer
/// mean reading every volunteer.
/// </summary>
public static class MatchVolunteers
{
    /// <summary>FTS5's trigram tokenizer matches nothing shorter than a trigram: shorter texts read the table.</summary>
    private const int Trigram = 3;

    public static IQueryable<Guid> Containing(RempartDbContext db, string text)
    {
        text = text.Trim();
        if (db.Database.IsNpgsql())
        {
            var pattern = $"%{EscapeLike(text)}%";
            return db.Database.SqlQuery<Guid>($"""
                SELECT "Id" AS "Value" FROM "Volunteers" WHERE search_text LIKE search_fold({pattern})
                """);
        }
        if (text.Length < Trigram)
        {
            var like = $"%{TextFold.Plain(text)}%";
            return db.Volunteers.Where(v => EF.Functions.Like(TextFold.Fold(v.FirstName + " " + v.LastName + " " + v.Email), like)).Select(v => v.Id);
        }
        // One FTS5 phrase: quoted, its own quotes doubled, so no letter of it is read as syntax.
        var phrase = $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return db.Database.SqlQuery<Guid>($"""
            SELECT k.volunteer_id AS "Value" FROM search_volunteers f JOIN search_volunteer_keys k ON k.id = f.rowid
            WHERE search_volunteers MATCH {phrase}
            """);
    }

    /// <summary>PostgreSQL's LIKE escapes with a backslash: the user's % and _ are letters, not wildcards.</summary>
    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
