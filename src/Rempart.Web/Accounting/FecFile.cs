using System.Globalization;
using System.Text;
using Rempart.Domain.Accounting;

namespace Rempart.Web.Accounting;

/// <summary>
/// The journal in the layout of the French FEC ("fichier des écritures comptables", article A47 A-1
/// of the tax procedure book): its 18 columns in order, "|" between them, dates as yyyyMMdd,
/// amounts with a decimal comma. Rempart fills what it knows; lettering and foreign currency stay
/// empty, as the accounting software fills them.
/// </summary>
public static class FecFile
{
    private static readonly string[] Header =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
        "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    public static byte[] Write(IEnumerable<JournalLine> lines)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder().AppendJoin('|', Header).Append("\r\n");
        foreach (var line in lines)
        {
            var date = line.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            text.AppendJoin('|', [
                line.Journal, line.JournalLabel, $"{line.Journal}{line.EntryNumber:D6}", date, line.Account, Clean(line.AccountLabel), "", "",
                Clean(line.PieceReference), date, Clean(line.Label), line.Debit.ToString("0.00", french), line.Credit.ToString("0.00", french),
                "", "", date, "", "",
            ]).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The separator and line breaks cannot appear inside a field.</summary>
    private static string Clean(string text) => text.Replace('|', '/').Replace('\r', ' ').Replace('\n', ' ');
}
