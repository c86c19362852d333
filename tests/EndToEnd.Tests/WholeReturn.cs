using System.Text.Json;
using Safeguarding.Testing;

namespace Safeguarding.EndToEnd.Tests;

/// <summary>
/// A return that answers every question of an audit's own tool and grades every section (Audit submits nothing less),
/// built as a partner system builds one: from the tool the audit says it uses.
/// </summary>
public sealed class WholeReturn(JsonElement tool)
{
    private IEnumerable<JsonElement> Sections => tool.GetProperty("sections").EnumerateArray();

    public static async Task<WholeReturn> OfAsync(HttpClient reader, string audit) =>
        new((await (await reader.GetAsync(audit)).ReadAsync<JsonElement>()).GetProperty("terms").GetProperty("tool"));

    public object Body(string grade, string text) => new
    {
        answers = Sections.SelectMany(s => s.GetProperty("questions").EnumerateArray().Select(q => new
        {
            sectionKey = Key(s),
            questionKey = Key(q),
            value = ReturnAnswers.For(q.GetProperty("answerType").GetString()!, grade, text),
        })).ToArray(),
        sectionGrades = Sections.Select(s => new { sectionKey = Key(s), grade, rationale = text }).ToArray(),
        evidence = text,
        overallGrade = grade,
        overallRationale = text,
    };

    private static string Key(JsonElement element) => element.GetProperty("key").GetString()!;
}
