using Safeguarding.Web.Api;

namespace Safeguarding.Web.Components.Forms;

/// <summary>
/// The API decides what is wrong; a page says it in the words the person needs. Each field the API names gets the
/// page's message for it (or the API's own, for a field the page has no words for); a refusal that names no field
/// is shown against the first field, so the error summary always has somewhere to link to. A field the API names
/// inside a list ("questions[2]") goes to the page's field for the whole list ("questions") when that is all the page has.
/// The messages are given in the order of the fields on the page, and the summary lists the problems in that order; an
/// empty message keeps the API's own words, where they already say what to put right (an unknown placeholder, by name).
/// </summary>
public static class FormErrors
{
    public const string ChangedMeanwhile =
        "Someone else changed this after you opened it, so nothing was saved. The page now shows what is saved; what you typed is kept. Check it, then send it again.";

    public static Dictionary<string, string> From(ApiOutcome outcome, IReadOnlyDictionary<string, string> messages, string firstField)
    {
        if (outcome.ChangedMeanwhile)
        {
            return new() { [firstField] = ChangedMeanwhile };
        }

        var errors = new Dictionary<string, string>();
        foreach (var (key, problems) in outcome.FieldErrors)
        {
            var field = messages.ContainsKey(key) ? key
                : messages.Keys.FirstOrDefault(k => key.StartsWith(k + "[", StringComparison.Ordinal) || key.StartsWith(k + ".", StringComparison.Ordinal)) ?? key;
            errors.TryAdd(field, messages.GetValueOrDefault(field) is { Length: > 0 } words ? words : problems.FirstOrDefault() ?? "Check this answer");
        }

        if (errors.Count == 0)
        {
            errors[firstField] = outcome.Refusal ?? "This could not be saved. Try again.";
        }

        var order = messages.Keys.ToList();
        return errors.OrderBy(e => order.IndexOf(e.Key) is var at and >= 0 ? at : order.Count).ToDictionary();
    }

    /// <summary>The position in a list the API names a field by: 2 for "answers[2].value" in the list "answers".</summary>
    public static int? IndexIn(string key, string list) =>
        key.StartsWith(list + "[", StringComparison.Ordinal) && key.IndexOf(']', StringComparison.Ordinal) is var end and > 0
        && int.TryParse(key.AsSpan(list.Length + 1, end - list.Length - 1), out var index)
            ? index
            : null;
}
