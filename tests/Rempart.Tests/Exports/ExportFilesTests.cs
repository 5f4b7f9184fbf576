using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.VisualBasic.FileIO;
using Rempart.Web.Exports;

namespace Rempart.Tests.Exports;

/// <summary>Exported files reopened by readers of their own: the rows come back, numbers stay numbers, formulas stay text.</summary>
public sealed class ExportFilesTests
{
    private static readonly ExportTable Table = new("Inscriptions", ["Volontaire", "Téléphone", "Montant", "Début", "Âge", "Note"],
    [
        ["Zoé Lefèvre", "+33 6 12 34 56 78", 120.5m, new DateOnly(2027, 7, 5), 25, "=HYPERLINK(\"http://evil.example\";\"clic\")"],
        ["Jean; \"Jo\" Martin", "-5", 0m, new DateOnly(2027, 8, 2), 17, "@SUM(A1:A2)"],
        ["Inès", null, 99.99m, null, 30, "ligne 1\nligne 2"],
    ]);

    [Fact]
    public void TheCsv_ReadsBackRowByRow_WithFrenchNumbers_AndFormulasNeutralised()
    {
        var bytes = CsvFile.Write(Table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { Delimiters = [";"], HasFieldsEnclosedInQuotes = true };
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        Assert.Equal(4, rows.Count);
        Assert.Equal(Table.Header, rows[0]);
        Assert.Equal(["Zoé Lefèvre", "'+33 6 12 34 56 78", "120,50", "05/07/2027", "25", "'=HYPERLINK(\"http://evil.example\";\"clic\")"], rows[1]);
        Assert.Equal(["Jean; \"Jo\" Martin", "'-5", "0,00", "02/08/2027", "17", "'@SUM(A1:A2)"], rows[2]);
        Assert.Equal("ligne 1\nligne 2", rows[3][5]);
        Assert.Equal("", rows[3][1]);
    }

    [Fact]
    public void TheWorkbook_ReadsBack_NumbersAsNumbers_DatesAsDates_AndFormulaLikeTextAsQuotedText()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write(Table)), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Inscriptions", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = workbook.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(Table.Header, rows[0].Elements<Cell>().Select(c => c.InlineString!.Text!.Text));

        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("Zoé Lefèvre", first[0].InlineString!.Text!.Text);
        Assert.Equal(("120.5", CellValues.Number), (first[2].CellValue!.Text, first[2].DataType!.Value));
        Assert.Equal(new DateOnly(2027, 7, 5), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(first[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(14u, formats[(int)first[3].StyleIndex!.Value].NumberFormatId!.Value);
        foreach (var cell in new[] { first[1], first[5], rows[2].Elements<Cell>().ElementAt(1), rows[2].Elements<Cell>().ElementAt(5) })
        {
            // Text, never a formula, and marked as typed-in text for any spreadsheet that re-saves it.
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Null(cell.CellFormula);
            Assert.True(formats[(int)cell.StyleIndex!.Value].QuotePrefix!.Value);
        }
        Assert.Null(rows[1].Elements<Cell>().First().StyleIndex);
    }
}
