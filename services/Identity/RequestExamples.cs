using Safeguarding.Identity.Clients;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity;

/// <summary>A worked example of each request Identity accepts, shown in its OpenAPI document.</summary>
public static class RequestExamples
{
    private static readonly Guid HealthTrust = new("9e3d1f27-6a4b-4e8c-b5d2-3c1f0a9e7b22");

    public static readonly IReadOnlyList<object> All =
    [
        new RegisterStaffUser("jo.patel@sthk.nhs.uk", "Jo Patel", HealthTrust, [Roles.AgencyAuditor]),
        new ChangeStaffRoles([Roles.AgencyAuditor, Roles.PanelMember]),
        new RegisterClient("Trust case-record system", HealthTrust, [Roles.PartnerSystem]),
        new Contracts.Privacy.StaffSubjectAccessRequest("5f0c2a7e-3b1d-4c8e-9a6f-2d7b1e4c9a30"),
    ];
}
