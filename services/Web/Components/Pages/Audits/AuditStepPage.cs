using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Api;
using Safeguarding.Web.Audits;

namespace Safeguarding.Web.Components.Pages.Audits;

/// <summary>
/// A page of one step of the audit flow chart: loads the audit and the partnership directory, sends the step to the
/// Audit API and, when it is taken, returns to the audit with a banner; otherwise keeps the page with the errors.
/// </summary>
public abstract class AuditStepPage : ApiPage
{
    [Parameter]
    public Guid Id { get; set; }

    protected AuditDto? Audit { get; private set; }

    protected IReadOnlyList<(string Value, string Text)> Organisations { get; private set; } = [];

    /// <summary>True once the form is posted: fields then show what was typed, not what is saved.</summary>
    protected bool IsPosted { get; private set; }

    protected string AuditPage => $"/audits/{Id}";

    protected string OrganisationName(Guid id) => Organisations.FirstOrDefault(o => o.Value == id.ToString()).Text ?? "An organisation no longer in the directory";

    protected override async Task OnInitializedAsync()
    {
        Audit = await Api.TryGetAsync<AuditDto>($"/api/audits/{Id}");
        var directory = await Api.TryGetAsync<List<DirectoryEntryDto>>("/api/organisations") ?? [];
        Organisations = [.. directory.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => (o.Id.ToString(), o.Name))];
    }

    protected Task TakeStepAsync(string step, object body, string done, IReadOnlyDictionary<string, string> messages, string firstField)
    {
        IsPosted = true;
        return ChangeAsync(Api.PostAsync($"/api/audits/{Id}/{step}", body, Seen), AuditPage, done, messages, firstField);
    }

    /// <summary>Day, month and year for a date input: as typed after an error, otherwise the saved date.</summary>
    protected (string? Day, string? Month, string? Year) DateParts(string id, DateOnly? saved) =>
        IsPosted ? (Posted($"{id}-day"), Posted($"{id}-month"), Posted($"{id}-year"))
        : saved is { } date ? (date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : (null, null, null);
}
