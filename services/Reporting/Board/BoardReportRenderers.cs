using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Safeguarding.ServiceDefaults.Documents;

namespace Safeguarding.Reporting.Board;

/// <summary>The Board report as PDF (with charts), Word and HTML: three renderings of one <see cref="BoardReport"/>.</summary>
public static class BoardReportRenderers
{
    public static byte[] Pdf(BoardReport report)
    {
        var pdf = new PdfWriter();
        pdf.Heading(report.Title, 18);
        pdf.Paragraph($"{report.Partnership} Safeguarding Children Partnership. Produced {report.Produced:d MMMM yyyy}. Figures from 1 to 4 are shown as <5.", 10);
        foreach (var section in report.Sections)
        {
            pdf.Heading(section.Heading, 14);
            pdf.Paragraph(section.Summary);
            foreach (var figure in section.Figures)
            {
                pdf.LabelledValue(figure.Label, figure.Value);
            }

            if (section.Chart is { Bars.Count: > 0 } chart)
            {
                pdf.BarChart(chart.Title, [.. chart.Bars.Select(b => (b.Label, b.Value, b.Text))], chart.Maximum);
            }
        }

        return pdf.ToBytes(report.Title);
    }

    public static byte[] Html(BoardReport report)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{e.Encode(report.Title)}</title>");
        html.Append("<style>body{font-family:Arial,sans-serif;max-width:48rem;margin:2rem auto;color:#0b0c0c}table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #b1b4b6;text-align:left}</style></head><body><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{e.Encode(report.Title)}</h1><p>{e.Encode(report.Partnership)}. Produced {report.Produced:d MMMM yyyy}. Figures from 1 to 4 are shown as &lt;5.</p>");
        foreach (var section in report.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><h2>{e.Encode(section.Heading)}</h2><p>{e.Encode(section.Summary)}</p><table><tbody>");
            foreach (var figure in section.Figures)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{e.Encode(figure.Label)}</th><td>{e.Encode(figure.Value)}</td></tr>");
            }

            html.Append("</tbody></table>");
            if (section.Chart is { Bars.Count: > 0 } chart)
            {
                html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{e.Encode(chart.Title)}</figcaption><svg role=\"img\" aria-label=\"{e.Encode(chart.Title)}\" width=\"480\" height=\"{(chart.Bars.Count * 24) + 4}\">");
                foreach (var (bar, i) in chart.Bars.Select((b, i) => (b, i)))
                {
                    var width = chart.Maximum <= 0 ? 0 : 260 * Math.Clamp(bar.Value / chart.Maximum, 0, 1);
                    html.Append(CultureInfo.InvariantCulture,
                        $"<text x=\"0\" y=\"{(i * 24) + 16}\">{e.Encode(bar.Label)}</text><rect x=\"150\" y=\"{(i * 24) + 4}\" width=\"{width:0.#}\" height=\"16\" fill=\"#1d70b8\"/><text x=\"{156 + width:0.#}\" y=\"{(i * 24) + 16}\">{e.Encode(bar.Text)}</text>");
                }

                html.Append("</svg></figure>");
            }

            html.Append("</section>");
        }

        html.Append("</main></body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    public static byte[] Word(BoardReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Para(report.Title, 32, bold: true));
            body.Append(Para($"{report.Partnership}. Produced {report.Produced:d MMMM yyyy}. Figures from 1 to 4 are shown as <5.", 20, bold: false));
            foreach (var section in report.Sections)
            {
                body.Append(Para(section.Heading, 26, bold: true));
                body.Append(Para(section.Summary, 22, bold: false));
                var table = new Table(new TableProperties(new TableBorders(new BottomBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
                foreach (var figure in section.Figures.Concat(section.Chart?.Bars.Select(b => new Figure($"{section.Chart.Title}: {b.Label}", b.Text)) ?? []))
                {
                    table.Append(new TableRow(Cell(figure.Label, bold: false), Cell(figure.Value, bold: true)));
                }

                body.Append(table);
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string text, int halfPoints, bool bold) =>
        new(new Run(new RunProperties(bold ? new Bold() : new Bold { Val = OnOffValue.FromBoolean(false) }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(string text, bool bold) => new(Para(text, 22, bold));
}
