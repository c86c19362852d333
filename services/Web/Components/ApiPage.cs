using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Api;
using Safeguarding.Web.Components.Forms;

namespace Safeguarding.Web.Components;

/// <summary>
/// A page that reads and changes data through the gateway. A change either succeeds, and the browser goes on to the
/// next page with a success banner (post, redirect, get: a refresh never sends it twice), or the page stays, with
/// <see cref="Errors"/> saying in the person's words what to put right.
/// </summary>
public abstract class ApiPage : StaffComponent
{
    [Inject]
    protected GatewayApi Api { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>What the error summary lists: field id (or a page to link to) and message.</summary>
    protected Dictionary<string, string> Errors { get; set; } = [];

    /// <summary>The last change was refused because someone else changed the record after the person read it.</summary>
    protected bool ChangedMeanwhile => Errors.ContainsValue(FormErrors.ChangedMeanwhile);

    protected async Task<ApiOutcome> ChangeAsync(
        Task<ApiOutcome> sending, string then, string done, IReadOnlyDictionary<string, string> messages, string firstField)
    {
        var outcome = await sending;
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo(WithBanner(then, done));
        }
        else
        {
            Errors = FormErrors.From(outcome, messages, firstField);
        }

        return outcome;
    }

    /// <summary>A page address with the banner it should show (pages read it as the "done" query parameter).</summary>
    protected static string WithBanner(string path, string done) => $"{path}?done={Uri.EscapeDataString(done)}";
}
