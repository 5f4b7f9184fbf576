using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Rempart.Data.Search;

/// <summary>
/// Text as a search compares it: lower case, accents and ligatures folded ("Château" and "chateau",
/// "Œuvre" and "oeuvre" are the same). In a query, <see cref="Fold"/> is the database's
/// <c>search_fold</c>: on PostgreSQL the immutable wrapper of unaccent that the VolunteerNameSearch
/// migration creates, on SQLite the same function in C# (<see cref="Plain"/>), which
/// <see cref="SqliteFunctions"/> gives every connection as it opens.
/// </summary>
public static class TextFold
{
    public const string FunctionName = "search_fold";

    /// <summary>In a query only: translated to the database's <c>search_fold</c>.</summary>
    public static string Fold(string text) => throw new InvalidOperationException($"{nameof(TextFold)}.{nameof(Fold)} is for queries; call {nameof(Plain)} in code.");

    /// <summary>The folded text, in code: what <c>search_fold</c> gives in the database.</summary>
    public static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // unaccent writes ligatures out in full; so do we, so both databases find the same.
            plain.Append(c switch { 'œ' => "oe", 'Œ' => "oe", 'æ' => "ae", 'Æ' => "ae", 'ß' => "ss", _ => char.ToLowerInvariant(c).ToString() });
        }
        return plain.ToString();
    }

    /// <summary>Maps <see cref="Fold"/> to <c>search_fold</c> in the model.</summary>
    internal static void Map(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(TextFold).GetMethod(nameof(Fold))!).HasName(FunctionName);

    /// <summary>SQLite has no unaccent: <c>search_fold</c> is registered on each connection as it opens.</summary>
    internal sealed class SqliteFunctions : DbConnectionInterceptor
    {
        public static readonly SqliteFunctions Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Register(connection);
            return Task.CompletedTask;
        }

        private static void Register(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
                sqlite.CreateFunction<string?, string?>(FunctionName, text => text is null ? null : Plain(text), isDeterministic: true);
        }
    }
}
