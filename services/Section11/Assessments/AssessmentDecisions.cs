using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record AnswerIndicator(string? Score, string? Narrative);

public sealed record RaiseChallenge(string? Indicator, string? Question);

public sealed record AnswerChallenge(string? Answer);

public sealed record ModerateIndicator(string? Indicator, string? Score, string? Rationale);

public sealed record SignOffAssessment(string? Role, string? Name);

public static class AssessmentDecisions
{
    public const int MaxNarrativeLength = 8000;

    /// <summary>Who signs a school's return off (DOMAIN.md, section 4).</summary>
    public static readonly IReadOnlyList<string> SchoolSignOffRoles = ["head-teacher", "safeguarding-governor"];

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
        var unsigned = cycle.Framework.Kind == Frameworks.FrameworkKind.Section175
            ? SchoolSignOffRoles.Where(role => assessment.SignOffs.All(s => s.Role != role)).ToList()
            : [];
        var errors = new ValidationErrors()
            .When(missing.Count > 0, "indicators", $"Score every indicator before submitting; missing: {string.Join(", ", missing)}.")
            .When(unsigned.Count > 0, "signOffs", $"A school's return is signed off before submission; missing: {string.Join(", ", unsigned)}.");
        return !errors.IsValid
            ? Decision.Reject(errors)
            : Decision.Accept(new AssessmentSubmitted(assessment.Id, assessment.CycleId, assessment.OrganisationId, by, now));
    }

    /// <summary>Scrutiny and moderation work on a submitted assessment only.</summary>
    private static Decision? UnlessSubmitted(Assessment assessment) =>
        assessment.Status == AssessmentStatus.Submitted ? null : Decision.Refuse("Challenge and moderation start once the assessment is submitted.");

    public static Decision RaiseChallenge(Assessment assessment, Section11Cycle cycle, RaiseChallenge c, Guid challengeId, Actor by, DateTimeOffset now) =>
        UnlessSubmitted(assessment)
        ?? Decision.From(
            new ValidationErrors()
                .When(cycle.Framework.Indicators.All(i => i.Number != c.Indicator), "indicator", "The framework has no such indicator.")
                .RequireText(c.Question, "question", 2000),
            () => Decision.Accept(new ChallengeRaised(assessment.Id, challengeId, c.Indicator!, c.Question!.Trim(), by, now)));

    public static Decision AnswerChallenge(Assessment assessment, Guid challengeId, AnswerChallenge c, Actor by, DateTimeOffset now) =>
        assessment.Challenges.FirstOrDefault(x => x.ChallengeId == challengeId) switch
        {
            null => Decision.Reject(new ValidationErrors().Add("challengeId", "The assessment has no such challenge.")),
            { Answer: not null } => Decision.Refuse("The challenge is already answered."),
            _ => Decision.From(new ValidationErrors().RequireText(c.Answer, "answer", MaxNarrativeLength), () => Decision.Accept(new ChallengeAnswered(assessment.Id, challengeId, c.Answer!.Trim(), by, now))),
        };

    public static Decision Moderate(Assessment assessment, Section11Cycle cycle, ModerateIndicator c, Actor by, DateTimeOffset now)
    {
        if (UnlessSubmitted(assessment) is { } refused)
        {
            return refused;
        }

        var standard = cycle.Framework.Standards.FirstOrDefault(s => s.Indicators.Any(i => i.Number == c.Indicator));
        var errors = new ValidationErrors()
            .When(standard is null, "indicator", "The framework has no such indicator.")
            .When(cycle.Scheme.Find(c.Score) is null, "score", $"score is one of {string.Join(", ", cycle.Scheme.Scores.Select(s => s.Code))}.")
            .RequireText(c.Rationale, "rationale", MaxNarrativeLength);
        return Decision.From(errors, () => Decision.Accept(new IndicatorModerated(
            assessment.Id, assessment.CycleId, assessment.OrganisationId, standard!.Number, standard.Title, c.Indicator!, c.Score!, cycle.Scheme.Key,
            cycle.Scheme.IsWeak(c.Score!), c.Rationale!.Trim(), by, now)));
    }

    public static Decision SignOff(Assessment assessment, Section11Cycle cycle, SignOffAssessment c, Actor by, DateTimeOffset now) =>
        assessment.Status == AssessmentStatus.Submitted
            ? Decision.Refuse("The assessment is already submitted.")
            : Decision.From(
                new ValidationErrors()
                    .When(cycle.Framework.Kind != Frameworks.FrameworkKind.Section175, "role", "Sign-off is for schools' Section 175 returns.")
                    .When(!SchoolSignOffRoles.Contains(c.Role ?? ""), "role", $"role is one of {string.Join(", ", SchoolSignOffRoles)}.")
                    .RequireText(c.Name, "name", 100),
                () => Decision.Accept(new AssessmentSignedOff(assessment.Id, c.Role!, c.Name!.Trim(), by, now)));
}
