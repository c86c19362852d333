using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record ModerateIndicator(
    [Required, StringLength(BuiltInFrameworks.MaxIndicatorLength)] string? Indicator,
    [Required, StringLength(ScoringSchemes.MaxCodeLength)] string? Score,
    [Required, StringLength(AssessmentDecisions.MaxNarrativeLength)] string? Rationale);

public sealed record IssueFeedback([Required, StringLength(AssessmentDecisions.MaxNarrativeLength)] string? Summary);

/// <summary>The partnership's moderated scores, then its feedback, which ends scrutiny.</summary>
public static partial class AssessmentDecisions
{
    public static Decision Moderate(Assessment assessment, Section11Cycle cycle, ModerateIndicator c, Actor by, DateTimeOffset now)
    {
        if (UnlessInScrutiny(assessment) is { } refused)
        {
            return refused;
        }

        var standard = cycle.Framework.Standards.FirstOrDefault(s => s.Indicators.Any(i => i.Number == c.Indicator));
        var errors = new ValidationErrors().Check(c)
            .When(c.Indicator is not null && standard is null, "indicator", "The framework has no such indicator.")
            .When(c.Score is not null && cycle.Scheme.Find(c.Score) is null, "score", $"score is one of {string.Join(", ", cycle.Scheme.Scores.Select(s => s.Code))}.");
        return Decision.From(errors, () => Decision.Accept(new IndicatorModerated(
            assessment.Id, assessment.CycleId, assessment.OrganisationId, standard!.Number, standard.Title, c.Indicator!, c.Score!, cycle.Scheme.Key,
            cycle.Scheme.IsWeak(c.Score!), c.Rationale!.Trim(), by, now, cycle.Scheme.Find(c.Score)!.Rank, cycle.Framework.Kind, cycle.Year)));
    }

    /// <summary>Feedback closes scrutiny, so every challenge must have its answer first.</summary>
    public static Decision IssueFeedback(Assessment assessment, IssueFeedback c, Actor by, DateTimeOffset now)
    {
        if (UnlessInScrutiny(assessment) is { } refused)
        {
            return refused;
        }

        var unanswered = assessment.Challenges.Where(x => x.Answer is null).Select(x => x.Indicator).ToList();
        return unanswered.Count > 0
            ? Decision.Refuse($"Challenges on {string.Join(", ", unanswered)} are still waiting for the organisation's answer.")
            : Decision.From(
                new ValidationErrors().Check(c),
                () => Decision.Accept(new FeedbackIssued(
                    assessment.Id, assessment.CycleId, assessment.OrganisationId, c.Summary!.Trim(), by, now, assessment.Kind, assessment.Year)));
    }
}
