using System.Globalization;
using Safeguarding.ServiceDefaults.Validation;
using Safeguarding.Web.Api.Audit;
using Safeguarding.Web.Audits;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Returns;

/// <summary>How a return's parts read on the pages.</summary>
public static class ReturnText
{
    public static readonly IReadOnlyList<(string Value, string Text)> YesNo =
    [
        ("yes", "Yes"),
        ("no", "No"),
        ("not-applicable", "Not applicable"),
    ];

    public static (string Text, string? TagClass) Status(TaskState state) => state switch
    {
        TaskState.Completed => ("Completed", null),
        TaskState.InProgress => ("In progress", "govuk-tag--light-blue"),
        _ => ("Not yet started", "govuk-tag--blue"),
    };

    public static string Answer(QuestionDto question, string? value, Func<string?, string> gradeLabel) => value is null
        ? "Not answered"
        : question.AnswerType switch
        {
            AnswerType.Grade => gradeLabel(value),
            AnswerType.YesNoNotApplicable => YesNo.FirstOrDefault(o => o.Value == value).Text ?? value,
            AnswerType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Dates.Written(date),
            _ => value,
        };

    /// <summary>
    /// Free text the API refused, in the page's words: what the services' shared checker finds in what was typed, else
    /// the API's own words for the field with the label for its name (a date outside the audit's period), else its length.
    /// </summary>
    public static string TextProblem(string label, string? typed, IEnumerable<string> said, string field) =>
        (CaseTextAttribute.Found(typed) is { Count: > 0 } found ? $"{label}: take out {string.Join(" and ", found)}. {CaseTextAttribute.Why}" : null)
        ?? said.Where(m => m.StartsWith($"{field} ", StringComparison.Ordinal) && !m.Contains("at most", StringComparison.Ordinal))
            .Select(m => $"{label}: {m[(field.Length + 1)..]}").FirstOrDefault()
        ?? $"{label}: the answer must be 8,000 characters or fewer";

    /// <summary>The API checked the value; this says what to do about it in the words the person needs.</summary>
    public static string AnswerProblem(QuestionDto question) => question.AnswerType switch
    {
        AnswerType.Number => $"{question.Text}: enter a number, 0 or more",
        AnswerType.Date => $"{question.Text}: enter a real date",
        AnswerType.FreeText => $"{question.Text}: the answer must be 8,000 characters or fewer",
        _ => $"{question.Text}: select one of the answers",
    };

    /// <summary>Day, month and year as typed, made into the API's yyyy-MM-dd; what cannot be a date goes as typed, for the API to refuse.</summary>
    public static string? DateAnswer(string? day, string? month, string? year)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            return null;
        }

        return int.TryParse(day, CultureInfo.InvariantCulture, out var d) && int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{year?.Trim()}-{month?.Trim()}-{day?.Trim()}";
    }
}
