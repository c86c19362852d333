using Microsoft.AspNetCore.Components;
using Safeguarding.Web.Api;
using Safeguarding.Web.Api.Section11;

namespace Safeguarding.Web.Components.Pages.SelfAssessments;

/// <summary>
/// A page of the signed-in person's organisation's self-assessment in one Section 11 or Section 175 cycle: the cycle
/// (framework, scoring scheme) and the assessment as the API lets the organisation see it.
/// </summary>
public abstract class AssessmentPage : ApiPage
{
    /// <summary>section11 or section175, as in the API's paths.</summary>
    [Parameter]
    public string Kind { get; set; } = "";

    [Parameter]
    public Guid CycleId { get; set; }

    protected CycleDetailDto? Cycle { get; private set; }

    protected AssessmentDto? Assessment { get; private set; }

    protected bool Loaded => Cycle is not null && Assessment is not null;

    protected bool Editable => Assessment?.Status == AssessmentStatus.InProgress;

    protected string Title => Kind == "section175" ? "Section 175 self-assessment" : "Section 11 self-assessment";

    protected string Here => $"/self-assessments/{Kind}/{CycleId}";

    protected string ApiPath => $"/api/{Kind}/cycles/{CycleId}/assessments/{Staff.OrganisationId}";

    protected IReadOnlyList<(string Value, string Text)> ScoreOptions => [.. Cycle!.Scheme.Scores.OrderBy(s => s.Rank).Select(s => (s.Code, s.Label))];

    protected IndicatorAnswerDto? AnswerTo(string indicator) => Assessment?.Answers.FirstOrDefault(a => a.Indicator == indicator);

    protected override async Task OnInitializedAsync()
    {
        if (Kind is not ("section11" or "section175"))
        {
            return;
        }

        Cycle = await Api.TryGetAsync<CycleDetailDto>($"/api/{Kind}/cycles/{CycleId}");
        Assessment = Cycle is null ? null : await Api.TryGetAsync<AssessmentDto>(ApiPath);
    }
}
