using Safeguarding.Web.Api;

namespace Safeguarding.Web.Components.Forms;

/// <summary>
/// The API decides what is wrong; a page says it in the words the person needs. Each field the API names gets the
/// page's message for it (or the API's own, for a field the page has no words for); a refusal that names no field
/// is shown against the first field, so the error summary always has somewhere to link to.
/// </summary>
public static class FormErrors
{
    public static Dictionary<string, string> From(ApiOutcome outcome, IReadOnlyDictionary<string, string> messages, string firstField)
    {
        var errors = outcome.FieldErrors.ToDictionary(e => e.Key, e => messages.GetValueOrDefault(e.Key) ?? e.Value.FirstOrDefault() ?? "Check this answer");
        if (errors.Count == 0)
        {
            errors[firstField] = outcome.Refusal ?? "This could not be saved. Try again.";
        }

        return errors;
    }
}
