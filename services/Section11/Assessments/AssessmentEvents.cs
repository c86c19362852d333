using Safeguarding.Contracts;
using Safeguarding.Contracts.Section11;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Frameworks;

namespace Safeguarding.Section11.Assessments;

public sealed record AssessmentStarted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At, int Year = 0, SelfAssessmentKind Kind = SelfAssessmentKind.Section11)
    : IDomainEvent;

/// <summary>The organisation's own score and narrative for one indicator; answering again replaces it until submission.</summary>
public sealed record IndicatorSelfAssessed(Guid AssessmentId, string Indicator, string Score, string? Narrative, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The return as submitted, with its self-scores on the cycle's scheme.</summary>
public sealed record AssessmentSubmitted(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0,
    IReadOnlyList<IndicatorScore>? Scores = null) : IDomainEvent;

/// <summary>
/// Scrutiny: the coordinator or a peer panel queries one indicator of a submitted assessment. The cycle, organisation,
/// kind and year say whom to tell (empty only on challenges recorded before they were carried).
/// </summary>
public sealed record ChallengeRaised(
    Guid AssessmentId, Guid ChallengeId, string Indicator, string Question, Actor By, DateTimeOffset At,
    Guid CycleId = default, Guid OrganisationId = default, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0) : IDomainEvent;

/// <summary>The organisation answers a challenge on its assessment.</summary>
public sealed record ChallengeAnswered(Guid AssessmentId, Guid ChallengeId, string Answer, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership's moderated score for an indicator, beside the organisation's own; weak when the scheme says so.</summary>
public sealed record IndicatorModerated(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, int Standard, string StandardTitle, string Indicator, string Score, string Scheme, bool Weak,
    string Rationale, Actor By, DateTimeOffset At, int Rank = 0, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0) : IDomainEvent;

/// <summary>A school's return is signed off by its head teacher and its safeguarding governor (by work name) before submission.</summary>
public sealed record AssessmentSignedOff(Guid AssessmentId, string Role, string Name, Actor By, DateTimeOffset At) : IDomainEvent;

public enum ActionProposer
{
    Organisation,
    Partnership,
}

public enum FollowUpProgress
{
    NotStarted,
    OnTrack,
    Delayed,
    Completed,
}

/// <summary>An improvement action put on the organisation's plan; it is only committed to when the plan is agreed.</summary>
public sealed record ImprovementActionProposed(
    Guid AssessmentId, Guid ActionId, string? Indicator, string What, string Owner, DateOnly DueDate, ActionProposer ProposedBy, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record ImprovementActionWithdrawn(Guid AssessmentId, Guid ActionId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership's feedback to the organisation once scrutiny and moderation are done.</summary>
public sealed record FeedbackIssued(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, string Summary, Actor By, DateTimeOffset At,
    SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0) : IDomainEvent;

public sealed record AgreedAction(Guid ActionId, string? Indicator, string What, string Owner, DateOnly DueDate);

/// <summary>The organisation's action plan as agreed with the partnership: the actions the follow-up review checks.</summary>
public sealed record ActionPlanAgreed(
    Guid AssessmentId, Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, IReadOnlyList<AgreedAction> Actions, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A follow-up review of one agreed action.</summary>
public sealed record ActionFollowedUp(Guid AssessmentId, Guid ActionId, FollowUpProgress Progress, string Note, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation was reminded of its return: by the coordinator, or by the service as the deadline nears or passes.</summary>
public sealed record ReturnReminderSent(
    Guid AssessmentId, Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, DateOnly Deadline, bool Overdue, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Why an organisation has not returned by the deadline (DOMAIN.md: non-returners must explain).</summary>
public sealed record NonReturnExplained(Guid AssessmentId, string Reason, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>An item of evidence for one indicator; <c>AppliesOn</c> is the date the evidence speaks for, not the day it was recorded.</summary>
public sealed record EvidenceAdded(Guid AssessmentId, Guid EvidenceId, string Indicator, string Title, string? Description, DateOnly AppliesOn, Actor By, DateTimeOffset At)
    : IDomainEvent;

public sealed record EvidenceRemoved(Guid AssessmentId, Guid EvidenceId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>What a stored file is; the content itself lives in the evidence file store under <c>Key</c>.</summary>
public sealed record StoredFile(string Key, string FileName, string ContentType, long Size, string Sha256);

public sealed record EvidenceFileAttached(Guid AssessmentId, Guid EvidenceId, StoredFile File, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record CarriedAnswer(string Indicator, string Score, string? Narrative);

public sealed record LastYearScore(string Indicator, string SelfScore, string? ModeratedScore);

/// <summary>
/// Last return's answers and evidence, carried into this one for the organisation to confirm or change, with last
/// year's self and moderated scores to show beside each indicator.
/// </summary>
public sealed record AssessmentPrefilled(
    Guid AssessmentId, Guid FromAssessmentId, int FromYear, IReadOnlyList<CarriedAnswer> Answers, IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<LastYearScore> LastYear, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Pan Mersey: an organisation serving several partnerships submits once. Each other partnership whose cycle for the
/// same year (on the same framework and scheme) invited it receives that submission here, then scrutinises and moderates
/// it on its own.
/// </summary>
public sealed record SharedSubmissionReceived(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, string FromPartnership, Guid FromAssessmentId, IReadOnlyList<CarriedAnswer> Answers, IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<SignOff> SignOffs, DateTimeOffset SubmittedAt, Actor By, DateTimeOffset At, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0,
    IReadOnlyList<IndicatorScore>? Scores = null) : IDomainEvent;
