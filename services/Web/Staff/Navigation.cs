using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.Staff;

public sealed record NavigationItem(string Text, string Href);

/// <summary>The service navigation: each member of staff sees the parts of the service their roles may use.</summary>
public static class Navigation
{
    private static readonly (Func<StaffMember, bool> Shows, NavigationItem Item)[] Parts =
    [
        (May(Policies.SubmitReturns), new("Your returns", "/returns")),
        (May(Policies.SubmitReturns), new("Self-assessments", "/self-assessments")),
        (May(Policies.ManageProgramme), new("Directory", "/directory")),
        (May(Policies.ReadProgramme), new("Programme", "/programme")),
        // Audits for those who run them or sit on their panels; an agency's own people reach theirs through their returns.
        (staff => staff.May(Policies.ReadAudits) && !staff.May(Policies.SubmitReturns), new("Audits", "/audits")),
        (May(Policies.RunSection11), new("Section 11", "/section11")),
        (May(Policies.ReadReviews), new("Reviews", "/reviews")),
        (May(Policies.ReadActions), new("Actions", "/actions")),
        (May(Policies.ReadActions), new("Briefings", "/briefings")),
        (May(Policies.RunTraining), new("Training", "/training")),
        (May(Policies.ReadReports), new("Dashboard", "/dashboard")),
        (May(Policies.ExportReports), new("Exports", "/reports")),
        (May(Policies.ReadNotifications), new("Messages", "/notifications")),
        (May(Policies.ReadAccessLog), new("Who read what", "/access-log")),
        (May(Policies.ReadAccessLog), new("What we hold", "/record-of-processing")),
        (May(Policies.ReadAccessLog), new("Case erasure", "/case-erasures")),
        (May(Policies.ReadAccessLog), new("Retention", "/retention")),
        (May(Policies.AnswerSubjectAccess), new("Subject access", "/subject-access")),
    ];

    /// <summary>The service name links home, so home is not an item of its own.</summary>
    public static IReadOnlyList<NavigationItem> For(StaffMember staff) =>
        [.. Parts.Where(p => p.Shows(staff)).Select(p => p.Item)];

    private static Func<StaffMember, bool> May(string policy) => staff => staff.May(policy);
}
