using System.Globalization;

namespace Rempart.Web.Exports;

/// <summary>
/// A list as it leaves Rempart: a title, column headers, rows of cells. A cell is text, a number
/// (<c>int</c>, <c>decimal</c>), a date (<c>DateOnly</c>, <c>DateTime</c> in UTC) or empty; each
/// format writes it as it should be (numbers stay numbers in a spreadsheet).
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A cell as text, French style (CSV).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly day => day.ToString("dd/MM/yyyy", French),
        DateTime at => Rempart.Domain.Invoicing.ParisTime.Of(at).ToString("dd/MM/yyyy HH:mm", French),
        decimal amount => amount.ToString("0.00", French),
        IFormattable formattable => formattable.ToString(null, French),
        _ => value.ToString() ?? "",
    };

    /// <summary>Text a spreadsheet would read as a formula (=, +, -, @, or a tab or return first): it must stay text.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
