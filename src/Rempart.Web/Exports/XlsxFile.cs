using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rempart.Web.Exports;

/// <summary>
/// A table as an Excel workbook (DocumentFormat.OpenXml): one sheet, a bold header row, numbers as
/// numbers, dates as dates (shown in the reader's own short date format). Text is always a string
/// cell, never a formula; text that looks like one also gets Excel's "quote prefix" style, so a
/// spreadsheet that re-saves or re-types it still keeps it as text.
/// </summary>
public static class XlsxFile
{
    private const uint Header = 1, Date = 2, QuotedText = 3, DateTime = 4;

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Header.Select(h => (Cell)TextCell(h, Header))));
            uint index = 2;
            foreach (var row in table.Rows) data.Append(Row(index++, row.Select(ValueCell)));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1,
                // Excel allows 31 characters and no []:*?/\ in a sheet's name.
                Name = new string(table.Title.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray()),
            }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        foreach (var cell in cells) row.Append(cell);
        return row;
    }

    private static Cell ValueCell(object? value) => value switch
    {
        null => new Cell(),
        int number => Number(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        decimal number => Number(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        DateOnly day => new Cell { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = Date },
        System.DateTime at => new Cell
        {
            CellValue = new CellValue(Rempart.Domain.Invoicing.ParisTime.Of(at).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = DateTime,
        },
        _ => TextCell(ExportTable.Text(value), null),
    };

    private static Cell Number(string invariant) => new() { CellValue = new CellValue(invariant), DataType = CellValues.Number };

    private static Cell TextCell(string text, uint? style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style ?? (ExportTable.LooksLikeFormula(text) ? QuotedText : null),
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            // 14: the reader's short date format.
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 5 });
}
