using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.Staff;

public sealed record NavigationItem(string Text, string Href);

/// <summary>The service navigation: each member of staff sees the parts of the service their roles may use.</summary>
public static class Navigation
{
    private static readonly (string Policy, NavigationItem Item)[] Parts =
    [
        (Policies.SubmitReturns, new("Your returns", "/returns")),
        (Policies.SubmitReturns, new("Self-assessments", "/self-assessments")),
        (Policies.ManageProgramme, new("Directory", "/directory")),
        (Policies.ReadProgramme, new("Programme", "/programme")),
        (Policies.RunAudits, new("Audits", "/audits")),
        (Policies.RunSection11, new("Section 11", "/section11")),
        (Policies.ReadReviews, new("Reviews", "/reviews")),
        (Policies.ReadActions, new("Actions", "/actions")),
        (Policies.ReadActions, new("Briefings", "/briefings")),
        (Policies.RunTraining, new("Training", "/training")),
        (Policies.ReadReports, new("Dashboard", "/dashboard")),
        (Policies.ExportReports, new("Exports", "/reports")),
    ];

    /// <summary>The service name links home, so home is not an item of its own (the bar stays on one line for most roles).</summary>
    public static IReadOnlyList<NavigationItem> For(StaffMember staff) =>
        [.. Parts.Where(p => staff.May(p.Policy)).Select(p => p.Item)];
}
