using System.Text;

namespace Safeguarding.Reporting.Exports;

/// <summary>RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
public static class CsvWriter
{
    public static byte[] Write(ReportTable table)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', table.Columns.Select(Field))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.Append(string.Join(',', row.Select(v => Field(ReportTables.Text(v))))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    // A leading =, +, - or @ (or a tab or carriage return before one) would make a spreadsheet run the field as a
    // formula; a quote mark in front keeps it text. A plain number, such as -3, stays a number.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal)
            && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
