using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record RaiseChallenge(string? Indicator, string? Question);

public sealed record AnswerChallenge(string? Answer);

public sealed record ModerateIndicator(string? Indicator, string? Score, string? Rationale);

public sealed record IssueFeedback(string? Summary);

/// <summary>Scrutiny of a submitted return: challenge, the organisation's answers, moderated scores, then feedback.</summary>
public static partial class AssessmentDecisions
{
    /// <summary>Challenge and moderation happen between submission and feedback.</summary>
    private static Decision? UnlessInScrutiny(Assessment assessment) => assessment.Status switch
    {
        AssessmentStatus.Submitted => null,
        AssessmentStatus.InProgress => Decision.Refuse("Challenge and moderation start once the assessment is submitted."),
        _ => Decision.Refuse("Feedback has been issued: scrutiny of this assessment is over."),
    };

    public static Decision RaiseChallenge(Assessment assessment, Section11Cycle cycle, RaiseChallenge c, Guid challengeId, Actor by, DateTimeOffset now) =>
        UnlessInScrutiny(assessment)
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
        if (UnlessInScrutiny(assessment) is { } refused)
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
                new ValidationErrors().RequireText(c.Summary, "summary", MaxNarrativeLength),
                () => Decision.Accept(new FeedbackIssued(assessment.Id, assessment.CycleId, assessment.OrganisationId, c.Summary!.Trim(), by, now)));
    }
}
