using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Reporting.Exports;

/// <summary>One worksheet per table: a header row, then numbers as numbers and everything else as text.</summary>
public static class XlsxWriter
{
    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var sheet = new SheetData();
            sheet.Append(RowOf(table.Columns.Cast<object?>()));
            foreach (var row in table.Rows)
            {
                sheet.Append(RowOf(row));
            }

            worksheet.Worksheet = new Worksheet(sheet);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = SheetName(table.Name) }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row RowOf(IEnumerable<object?> values) => new([.. values.Select(CellOf)]);

    private static Cell CellOf(object? value) => value switch
    {
        int or long or double or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(ReportTables.Text(value)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ReportTables.Text(value)) { Space = SpaceProcessingModeValues.Preserve }) },
    };

    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    private static string SheetName(string name) => new string([.. name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal))])[..Math.Min(name.Length, 31)];
}
