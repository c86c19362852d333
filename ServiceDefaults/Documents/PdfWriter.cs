using System.Globalization;
using System.Text;

namespace Safeguarding.ServiceDefaults.Documents;

/// <summary>
/// A small PDF 1.4 writer for reports and exports: A4 pages of text in the standard Helvetica fonts (which every reader has, so
/// nothing is embedded) and filled rectangles for bar charts. Text is WinAnsi; a character outside it prints as "?".
/// </summary>
public sealed class PdfWriter
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 56;
    private readonly List<StringBuilder> _pages = [];
    private StringBuilder _page = null!;
    private double _y;

    public PdfWriter() => NewPage();

    public static double Width => PageWidth - (2 * Margin);

    /// <summary>Writes a bold heading on one line, with room above it: keep it short, or write a bold paragraph.</summary>
    public void Heading(string text, double size = 16)
    {
        Space(size * 1.6);
        Text(Margin, _y, text, size, bold: true);
        _y -= size * 0.6;
    }

    /// <summary>Writes text wrapped to the page width.</summary>
    public void Paragraph(string text, double size = 11, bool bold = false)
    {
        foreach (var line in Wrap(text, size, Width))
        {
            Space(size * 1.45);
            Text(Margin, _y, line, size, bold);
        }
    }

    public void LabelledValue(string label, string value, double size = 11)
    {
        Space(size * 1.45);
        Text(Margin, _y, label, size, bold: false);
        Text(Margin + (Width * 0.62), _y, value, size, bold: true);
    }

    /// <summary>Horizontal bars, each with its label on the left and its value printed at its end.</summary>
    public void BarChart(string title, IReadOnlyList<(string Label, double Value, string Text)> bars, double maximum)
    {
        Space(26);
        Text(Margin, _y, title, 11, bold: true);
        var (labelWidth, barRoom) = (Width * 0.3, Width * 0.55);
        foreach (var (label, value, text) in bars)
        {
            Space(20);
            Text(Margin, _y, label, 9, bold: false);
            var length = maximum <= 0 ? 0 : barRoom * Math.Clamp(value / maximum, 0, 1);
            _page.Append(CultureInfo.InvariantCulture, $"0.11 0.44 0.72 rg {Margin + labelWidth:0.##} {_y - 2:0.##} {length:0.##} 11 re f 0 g\n");
            Text(Margin + labelWidth + length + 6, _y, text, 9, bold: false);
        }
    }

    public byte[] ToBytes(string title)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', _pages.Select((_, i) => $"{5 + (2 * i)} 0 R"))}] /Count {_pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        foreach (var content in _pages.Select(p => p.ToString()))
        {
            var id = objects.Count + 1;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {id + 1} 0 R >>");
            objects.Add($"<< /Length {Latin1.GetByteCount(content)} >>\nstream\n{content}endstream");
        }

        objects.Add($"<< /Title ({Escape(title)}) /Producer (Safeguarding Partnership QA) >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1.GetBytes(pdf.ToString());
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private void NewPage()
    {
        _page = new StringBuilder();
        _pages.Add(_page);
        _y = PageHeight - Margin;
    }

    private void Space(double height)
    {
        if (_y - height < Margin)
        {
            NewPage();
        }

        _y -= height;
    }

    private void Text(double x, double y, string text, double size, bool bold) =>
        _page.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {y:0.##} Td ({Escape(text)}) Tj ET\n");

    // Helvetica averages about half an em per character: near enough to wrap report prose.
    private static IEnumerable<string> Wrap(string text, double size, double width)
    {
        var perLine = Math.Max(10, (int)(width / (size * 0.5)));
        var line = new StringBuilder();
        // A word longer than a line (an id, a web address) is cut, so nothing runs off the page.
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Chunk(perLine)).Select(c => new string(c)))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > perLine)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '(' => "\\(",
                ')' => "\\)",
                _ when c < 32 => " ",
                _ when c > 255 => "?",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
