using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.Web.Privacy;
using UglyToad.PdfPig;

namespace Safeguarding.Web.Tests;

public sealed class SubjectAccessDocumentTests
{
    private const string Key = "SH-2027-017";

    [Fact]
    public void Every_field_of_every_event_and_record_is_written_in_words_and_a_service_not_asked_is_named()
    {
        // What a service's subject-access endpoint answers, serialized as the service serializes it.
        var held = new HeldAboutCase(
            Key,
            [new HeldEvent("audit-1", 3, "ReturnSubmitted", new DateTimeOffset(2027, 3, 4, 10, 12, 0, TimeSpan.Zero),
                Data(new { caseKey = Key, answers = new[] { new { question = "Voice of the child", text = "Seen alone twice" } } }))],
            [new HeldDocument("MultiAgencyAudit", "audit-1", null, Data(new { cases = new[] { new { caseKey = Key }, new { caseKey = SubjectAccess.AnotherCase } } }))]);
        ServiceHeld[] services =
        [
            new("Audits", "/api/audits", JsonSerializer.SerializeToNode(held, JsonSerializerOptions.Web)!.AsObject()),
            new("Reviews", "/api/reviews", null),
        ];

        using var pdf = PdfDocument.Open(SubjectAccessDocument.Pdf($"case {Key}", services, new DateTimeOffset(2027, 4, 1, 9, 30, 0, TimeSpan.Zero)));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.Contains($"What we hold about case {Key}", text, StringComparison.Ordinal);
        Assert.Contains("made on 1 April 2027 at 09:30 UTC", text, StringComparison.Ordinal);
        Assert.Contains("1 event and 1 record held.", text, StringComparison.Ordinal);
        Assert.Contains("Event: Return submitted, 4 March 2027 at 10:12 UTC", text, StringComparison.Ordinal);
        Assert.Contains($"Case key: {Key}", text, StringComparison.Ordinal);
        Assert.Contains("Answers / 1 / Text: Seen alone twice", text, StringComparison.Ordinal);
        Assert.Contains("Record: Multi agency audit, last changed when not recorded", text, StringComparison.Ordinal);
        Assert.Contains("Cases / 2 / Case key: [another case]", text, StringComparison.Ordinal);
        Assert.Contains("This service could not be asked", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_answer_runs_onto_more_pages_and_a_value_without_spaces_is_cut_to_the_line()
    {
        var events = Enumerable.Range(1, 60).Select(i => new HeldEvent("review-1", i, "StageNoteAdded", null, Data(new { note = $"Note {i} " + new string('x', 300) })));
        var held = JsonSerializer.SerializeToNode(new HeldAboutCase(Key, [.. events], []), JsonSerializerOptions.Web)!.AsObject();

        using var pdf = PdfDocument.Open(SubjectAccessDocument.Pdf($"case {Key}", [new("Reviews", "/api/reviews", held)], DateTimeOffset.UnixEpoch));

        Assert.True(pdf.NumberOfPages > 3);
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), letter => Assert.InRange(letter.EndBaseLine.X, 0, pdf.GetPage(1).Width));
    }

    private static JsonObject Data(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();
}
