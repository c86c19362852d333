using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Section11.Assessments;

public enum AssessmentStatus
{
    InProgress,
    Submitted,
}

public sealed record IndicatorAnswer(string Indicator, string Score, string? Narrative, DateTimeOffset AnsweredAt);

public sealed record Challenge(Guid ChallengeId, string Indicator, string Question, DateTimeOffset RaisedAt, string? Answer = null, DateTimeOffset? AnsweredAt = null);

public sealed record SignOff(string Role, string Name, DateTimeOffset SignedAt);

public sealed record ModeratedScore(string Indicator, string Score, bool Weak, string Rationale, DateTimeOffset ModeratedAt);

/// <summary>One organisation's self-assessment in one cycle, as its stream tells it; kept inline as its read model.</summary>
public sealed record Assessment(Guid Id, Guid CycleId, Guid OrganisationId, AssessmentStatus Status, IReadOnlyList<IndicatorAnswer> Answers) : IVersioned
{
    public long Version { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public IReadOnlyList<Challenge> Challenges { get; init; } = [];

    public IReadOnlyList<ModeratedScore> Moderated { get; init; } = [];

    public IReadOnlyList<SignOff> SignOffs { get; init; } = [];

    public static Guid IdFor(Guid cycleId, Guid organisationId) => DeterministicGuid.Create("section11-assessment", cycleId.ToString(), organisationId.ToString());

    public static Assessment Create(AssessmentStarted started) => new(started.AssessmentId, started.CycleId, started.OrganisationId, AssessmentStatus.InProgress, []);

    // A changed answer voids earlier sign-offs: they were given to other content.
    public Assessment Apply(IndicatorSelfAssessed answered) =>
        this with
        {
            Answers = [.. Answers.Where(a => a.Indicator != answered.Indicator), new IndicatorAnswer(answered.Indicator, answered.Score, answered.Narrative, answered.At)],
            SignOffs = [],
        };

    public Assessment Apply(AssessmentSignedOff signedOff) =>
        this with { SignOffs = [.. SignOffs.Where(s => s.Role != signedOff.Role), new SignOff(signedOff.Role, signedOff.Name, signedOff.At)] };

    public Assessment Apply(AssessmentSubmitted submitted) => this with { Status = AssessmentStatus.Submitted, SubmittedAt = submitted.At };

    public Assessment Apply(ChallengeRaised raised) =>
        this with { Challenges = [.. Challenges, new Challenge(raised.ChallengeId, raised.Indicator, raised.Question, raised.At)] };

    public Assessment Apply(ChallengeAnswered answered) =>
        this with { Challenges = [.. Challenges.Select(c => c.ChallengeId == answered.ChallengeId ? c with { Answer = answered.Answer, AnsweredAt = answered.At } : c)] };

    public Assessment Apply(IndicatorModerated moderated) =>
        this with
        {
            Moderated = [.. Moderated.Where(m => m.Indicator != moderated.Indicator), new ModeratedScore(moderated.Indicator, moderated.Score, moderated.Weak, moderated.Rationale, moderated.At)],
        };
}
