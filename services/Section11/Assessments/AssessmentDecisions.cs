using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record AnswerIndicator(string? Score, string? Narrative);

public static class AssessmentDecisions
{
    public const int MaxNarrativeLength = 8000;

    /// <summary>An invited organisation's first answer starts its assessment.</summary>
    public static Decision Start(Section11Cycle cycle, Guid organisationId, Actor by, DateTimeOffset now) =>
        cycle.Invited.Contains(organisationId)
            ? Decision.Accept(new AssessmentStarted(Assessment.IdFor(cycle.Id, organisationId), cycle.Id, organisationId, by, now))
            : Decision.Refuse("This organisation is not invited to the cycle.");

    public static Decision Answer(Assessment assessment, Section11Cycle cycle, string indicator, AnswerIndicator c, Actor by, DateTimeOffset now)
    {
        if (assessment.Status == AssessmentStatus.Submitted)
        {
            return Decision.Refuse("The assessment is submitted: it changes now only through challenge and moderation.");
        }

        var errors = new ValidationErrors()
            .When(cycle.Framework.Indicators.All(i => i.Number != indicator), "indicator", $"The framework has no indicator {indicator}.")
            .When(cycle.Scheme.Find(c.Score) is null, "score", $"score is one of {string.Join(", ", cycle.Scheme.Scores.Select(s => s.Code))} ({cycle.Scheme.Name}).")
            .When(c.Narrative?.Length > MaxNarrativeLength, "narrative", $"narrative must be at most {MaxNarrativeLength} characters.");
        return Decision.From(errors, () => Decision.Accept(new IndicatorSelfAssessed(assessment.Id, indicator, c.Score!, c.Narrative?.Trim(), by, now)));
    }

    public static Decision Submit(Assessment assessment, Section11Cycle cycle, Actor by, DateTimeOffset now)
    {
        if (assessment.Status == AssessmentStatus.Submitted)
        {
            return Decision.Refuse("The assessment is already submitted.");
        }

        var missing = cycle.Framework.Indicators.Select(i => i.Number).Where(n => assessment.Answers.All(a => a.Indicator != n)).ToList();
        return missing.Count > 0
            ? Decision.Reject(new ValidationErrors().Add("indicators", $"Score every indicator before submitting; missing: {string.Join(", ", missing)}."))
            : Decision.Accept(new AssessmentSubmitted(assessment.Id, assessment.CycleId, assessment.OrganisationId, by, now));
    }
}
