using System.Text;
using Safeguarding.Reporting.Exports;

namespace Safeguarding.Reporting.Tests;

/// <summary>A field a spreadsheet would run as a formula arrives as text; numbers stay numbers.</summary>
public class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+cmd")]
    [InlineData("-2+cmd")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=cmd")]
    [InlineData("\r=cmd")]
    public void A_field_that_would_run_as_a_formula_is_written_as_text(string value)
    {
        var cell = SecondLine(value);

        Assert.StartsWith("'", cell.TrimStart('"'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("+4.5")]
    [InlineData("Neglect")]
    public void A_number_or_plain_text_is_written_as_it_is(string value) => Assert.Equal(value, SecondLine(value));

    private static string SecondLine(string value)
    {
        var csv = Encoding.UTF8.GetString(CsvWriter.Write(new ReportTable("t", ["value"], [[value]])));
        return csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..^2];
    }
}
