namespace Safeguarding.Web.Staff;

public sealed record NavigationItem(string Text, string Href);

/// <summary>The service navigation: each member of staff sees the parts of the service their roles may use.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> For(StaffMember staff) =>
    [
        new("Home", "/"),
        .. staff.May(Safeguarding.ServiceDefaults.Security.Policies.SubmitReturns) ? [new NavigationItem("Your returns", "/returns")] : Array.Empty<NavigationItem>(),
        .. staff.May(Safeguarding.ServiceDefaults.Security.Policies.ReadActions) ? [new NavigationItem("Actions", "/actions")] : Array.Empty<NavigationItem>(),
    ];
}
