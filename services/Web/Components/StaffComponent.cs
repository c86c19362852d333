using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Staff;

namespace Safeguarding.Web.Components;

/// <summary>A page or layout that needs to know who is signed in (pages are rendered on the server, per request).</summary>
public abstract class StaffComponent : ComponentBase
{
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    protected StaffMember Staff => StaffMember.From(HttpContext?.User);
}
