using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Components;

/// <summary>A page or layout that needs to know who is signed in (pages are rendered on the server, per request).</summary>
public abstract class StaffComponent : ComponentBase
{
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    protected StaffMember Staff => StaffMember.From(HttpContext?.User);

    /// <summary>What the person typed in a field of the form just posted (kept as typed, to show it again after an error).</summary>
    protected string? Posted(string field) =>
        HttpContext?.Request.HasFormContentType == true && HttpContext.Request.Form.TryGetValue(field, out var value) ? value.ToString() : null;

    /// <summary>Every value posted for a field (checkboxes).</summary>
    protected string[] PostedAll(string field) =>
        HttpContext?.Request.HasFormContentType == true && HttpContext.Request.Form.TryGetValue(field, out var values) ? [.. values.OfType<string>()] : [];

    /// <summary>The date typed in a GOV.UK date input; null when it is missing or not a real date (the API then names the field).</summary>
    protected DateOnly? PostedDate(string id) =>
        DateOnly.TryParse(
            Safeguarding.Web.Returns.ReturnText.DateAnswer(Posted($"{id}-day"), Posted($"{id}-month"), Posted($"{id}-year")),
            System.Globalization.CultureInfo.InvariantCulture,
            out var date) ? date : null;

    /// <summary>The version of the record the person saw when the form was drawn (see SeenVersion), for If-Match.</summary>
    protected long? Seen =>
        long.TryParse(Posted(Forms.SeenVersion.Field), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
