using System.Text;

namespace Rempart.Web.Exports;

/// <summary>
/// CSV as French spreadsheets open it: semicolons, UTF-8 with a byte-order mark, quotes where
/// needed. A cell starting with =, +, - or @ is prefixed with an apostrophe, so a name typed by
/// someone can never run as a formula on the accountant's machine.
/// </summary>
public static class CsvFile
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', header.Select(Cell)).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(';', row.Select(Cell)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A whole table; numbers and dates written the French way.</summary>
    public static byte[] Write(ExportTable table) => Write(table.Header, table.Rows.Select(r => (IReadOnlyList<string>)r.Select(ExportTable.Text).ToList()));

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (ExportTable.LooksLikeFormula(text)) text = "'" + text;
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
