using System.Security.Claims;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Web.Staff;

/// <summary>
/// The signed-in member of staff as the pages need them: name, roles, organisation, and whether a policy names one of
/// their roles (to offer only what the API would allow; the API still decides).
/// </summary>
public sealed record StaffMember(bool IsSignedIn, string Name, IReadOnlyList<string> Roles, Guid? OrganisationId)
{
    public static StaffMember From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? new StaffMember(
                true,
                user.FindFirstValue("name") ?? "",
                [.. user.FindAll(PartnershipClaims.Role).Select(c => c.Value)],
                Guid.TryParse(user.FindFirstValue(PartnershipClaims.Organisation), out var organisation) ? organisation : null)
            : new StaffMember(false, "", [], null);

    public bool May(string policy) => Policies.RolesAllowedBy(policy).Intersect(Roles).Any();

    public string RoleNames => string.Join(", ", Roles.Select(RoleName));

    public static string RoleName(string role) => role switch
    {
        Safeguarding.ServiceDefaults.Security.Roles.Coordinator => "QA coordinator",
        Safeguarding.ServiceDefaults.Security.Roles.AgencyAuditor => "agency auditor",
        Safeguarding.ServiceDefaults.Security.Roles.PanelMember => "audit panel member",
        Safeguarding.ServiceDefaults.Security.Roles.TrainingManager => "training manager",
        Safeguarding.ServiceDefaults.Security.Roles.BoardReader => "board member",
        Safeguarding.ServiceDefaults.Security.Roles.Admin => "administrator",
        Safeguarding.ServiceDefaults.Security.Roles.DataProtectionOfficer => "data protection officer",
        _ => role,
    };
}
