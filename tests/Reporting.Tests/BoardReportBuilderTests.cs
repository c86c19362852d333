using Safeguarding.Reporting.Board;
using Safeguarding.ServiceDefaults.Documents;

namespace Safeguarding.Reporting.Tests;

public class BoardReportBuilderTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    public void Counts_about_children_from_one_to_four_are_shown_as_fewer_than_five(int count, string shown) =>
        Assert.Equal(shown, BoardReportBuilder.Count(count));

    [Fact]
    public void A_share_of_fewer_than_five_cases_is_not_shown()
    {
        Assert.Equal("not shown (fewer than 5)", BoardReportBuilder.Percent(3, 4));
        Assert.Equal("60%", BoardReportBuilder.Percent(3, 5));
    }

    [Fact]
    public void The_PDF_writer_escapes_what_PDF_strings_reserve_and_pages_long_reports()
    {
        var pdf = new PdfWriter();
        for (var i = 0; i < 80; i++)
        {
            pdf.Paragraph($"Line {i} (with brackets) and a back\\slash, and a pound sign £.");
        }

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.ToBytes("Test"));

        Assert.True(document.NumberOfPages > 1);
        Assert.Contains("Line 0 (with brackets) and a back\\slash, and a pound sign £.", document.GetPage(1).Text, StringComparison.Ordinal);
    }
}
