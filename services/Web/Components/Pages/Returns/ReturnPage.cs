using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Api;
using Safeguarding.Web.Api.Audit;
using Safeguarding.Web.Audits;
using Safeguarding.Web.Returns;

namespace Safeguarding.Web.Components.Pages.Returns;

/// <summary>
/// A page of one agency's return for one case: loads the audit as the Audit API lets this person see it, the case,
/// the grade scale and the return as written so far. A case the person's organisation owes no return for is not found.
/// </summary>
public abstract class ReturnPage : ApiPage
{
    [Parameter]
    public Guid AuditId { get; set; }

    [Parameter]
    public string CaseKey { get; set; } = "";

    protected AuditDto? Audit { get; private set; }

    protected CaseDto? Case { get; private set; }

    protected ToolDto Tool => Audit!.Terms!.Tool;

    protected GradeScaleDto? Scale { get; private set; }

    protected ReturnStatusDto? Status { get; private set; }

    protected ReturnWork Work { get; set; } = ReturnWork.Empty;

    protected bool Loaded => Audit is { Terms: not null } && Case is not null && Status is not null && Scale is not null;

    /// <summary>Returns can be written and changed only while the audit takes them.</summary>
    protected bool IsOpen => Audit?.Stage == AuditStage.ReturnsOpen;

    protected string Here => $"/returns/{AuditId}/{Uri.EscapeDataString(CaseKey)}";

    protected IReadOnlyList<(string Value, string Text)> GradeOptions => [.. Scale!.Grades.OrderBy(g => g.Rank).Select(g => (g.Code, g.Label))];

    protected string GradeLabel(string? code) => Scale?.Grades.FirstOrDefault(g => g.Code == code)?.Label ?? "";

    private string ReturnPath => $"/api/audits/{AuditId}/returns/{Staff.OrganisationId}/{Uri.EscapeDataString(CaseKey)}";

    protected override async Task OnInitializedAsync()
    {
        Audit = await Api.TryGetAsync<AuditDto>($"/api/audits/{AuditId}");
        Case = Audit?.Cases.FirstOrDefault(c => c.CaseKey == CaseKey);
        Status = Audit?.ReturnStatuses.FirstOrDefault(s => s.OrganisationId == Staff.OrganisationId && s.CaseKey == CaseKey);
        var scales = Audit?.Terms is null ? null : await Api.TryGetAsync<List<GradeScaleDto>>("/api/audit-tools/grade-scales");
        Scale = scales?.FirstOrDefault(s => s.Key == Audit!.Terms!.Tool.GradeScale);
        Work = ReturnWork.From(
            Audit?.Drafts.FirstOrDefault(d => d.OrganisationId == Staff.OrganisationId && d.CaseKey == CaseKey),
            Audit?.Returns.FirstOrDefault(r => r.OrganisationId == Staff.OrganisationId && r.CaseKey == CaseKey));
    }

    protected Task<ApiOutcome> SaveDraftAsync(ReturnWork work) => Api.PutAsync($"{ReturnPath}/draft", work.ToBody());

    protected Task<ApiOutcome> SubmitAsync() => Api.PutAsync(ReturnPath, Work.ToBody());
}
