using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Assessments;

public sealed record RaiseChallenge([Required, StringLength(BuiltInFrameworks.MaxIndicatorLength)] string? Indicator, [Required, StringLength(2000)] string? Question);

public sealed record AnswerChallenge([Required, StringLength(AssessmentDecisions.MaxNarrativeLength)] string? Answer);

/// <summary>Scrutiny of a submitted return: the panel's challenges and the organisation's answers.</summary>
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
            new ValidationErrors().Check(c)
                .When(c.Indicator is not null && cycle.Framework.Indicators.All(i => i.Number != c.Indicator), "indicator", "The framework has no such indicator."),
            () => Decision.Accept(new ChallengeRaised(
                assessment.Id, challengeId, c.Indicator!, c.Question!.Trim(), by, now, assessment.CycleId, assessment.OrganisationId, assessment.Kind, assessment.Year)));

    public static Decision AnswerChallenge(Assessment assessment, Guid challengeId, AnswerChallenge c, Actor by, DateTimeOffset now) =>
        assessment.Challenges.FirstOrDefault(x => x.ChallengeId == challengeId) switch
        {
            null => Decision.Reject(new ValidationErrors().Add("challengeId", "The assessment has no such challenge.")),
            { Answer: not null } => Decision.Refuse("The challenge is already answered."),
            _ => Decision.From(new ValidationErrors().Check(c), () => Decision.Accept(new ChallengeAnswered(assessment.Id, challengeId, c.Answer!.Trim(), by, now))),
        };
}
