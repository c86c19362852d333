using System.Globalization;
using System.Text.Json.Nodes;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.Web.Reports;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Privacy;

/// <summary>
/// The subject access answers as a document a person can read without tools: per service, each event and record that
/// holds the case or names the person, field by field in words ("Case key: SH-2027-017"), in the order the service gave them.
/// </summary>
public static class SubjectAccessDocument
{
    public static byte[] Pdf(string about, IReadOnlyList<ServiceHeld> services, DateTimeOffset produced)
    {
        var pdf = new PdfWriter();
        pdf.Heading("Subject access", 18);
        pdf.Paragraph($"What we hold about {about}", 13, bold: true);
        pdf.Paragraph($"A subject access export made on {Written(produced)}. Each service answered from what it stores; "
            + "where a record also holds a child's case that is not asked about, that case is shown as [another case] and its words as [erased].", 10);
        foreach (var service in services)
        {
            pdf.Heading(service.Service, 14);
            if (service.Held is null)
            {
                pdf.Paragraph("This service could not be asked, so what it holds is not in this export.");
                continue;
            }

            pdf.Paragraph($"{Figures.Count(service.Events, "event")} and {Figures.Count(service.Records, "record")} held.");
            foreach (var stored in Items(service.Held, "events"))
            {
                pdf.Heading($"Event: {WhatWeHold.Words((string?)stored["type"] ?? "")}, {Written(stored["at"])}", 11);
                pdf.Paragraph($"Stream {stored["stream"]}, version {stored["version"]}", 9);
                Fields(pdf, stored["data"], "");
            }

            foreach (var stored in Items(service.Held, "documents"))
            {
                pdf.Heading($"Record: {WhatWeHold.Words((string?)stored["type"] ?? "")}, last changed {Written(stored["lastChanged"])}", 11);
                pdf.Paragraph($"Id {stored["id"]}", 9);
                Fields(pdf, stored["data"], "");
            }
        }

        return pdf.ToBytes($"Subject access: {about}");
    }

    private static IEnumerable<JsonObject> Items(JsonObject held, string name) => held[name]?.AsArray().OfType<JsonObject>() ?? [];

    // Every value on a line of its own, named by where it sits: "Cases / 2 / Summary: ...".
    private static void Fields(PdfWriter pdf, JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject fields:
                foreach (var (name, value) in fields)
                {
                    Fields(pdf, value, path.Length == 0 ? WhatWeHold.Words(name) : $"{path} / {WhatWeHold.Words(name)}");
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    Fields(pdf, items[i], $"{path} / {i + 1}");
                }

                break;
            case JsonValue value:
                pdf.Paragraph($"{path}: {value}", 9);
                break;
        }
    }

    private static string Written(JsonNode? at) =>
        at is JsonValue value && DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? Written(moment) : "when not recorded";

    private static string Written(DateTimeOffset at) => $"{Dates.Written(DateOnly.FromDateTime(at.UtcDateTime))} at {at.UtcDateTime:HH:mm} UTC";
}
