using Safeguarding.Identity.SecurityLog;

namespace Safeguarding.Identity.Staff;

/// <summary>A security event about a staff user, named by their id and email.</summary>
public static class StaffSecurityLog
{
    public static Task RecordAsync(IdentityStore store, HttpContext http, TimeProvider clock, StaffUser user, string kind, string? detail = null) =>
        SecurityLogEndpoints.RecordAsync(store, http, clock, user.PartnershipId, kind, user.Id, user.Email, detail);
}
