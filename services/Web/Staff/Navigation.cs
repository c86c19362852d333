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
        (Policies.ReadActions, new("Actions", "/actions")),
        (Policies.RunTraining, new("Training", "/training")),
        (Policies.ReadReports, new("Dashboard", "/dashboard")),
    ];

    public static IReadOnlyList<NavigationItem> For(StaffMember staff) =>
        [new("Home", "/"), .. Parts.Where(p => staff.May(p.Policy)).Select(p => p.Item)];
}
