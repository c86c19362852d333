using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Contracts.Section11;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record AssessmentStarted(Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At, int Year = 0, SelfAssessmentKind Kind = SelfAssessmentKind.Section11)
    : IDomainEvent;

/// <summary>The organisation's own score and narrative for one indicator; answering again replaces it until submission.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record IndicatorSelfAssessed(
    Guid AssessmentId,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string Score,
    [NotPersonal("The organisation's account of the organisation's own arrangements, not a child or a person.")] string? Narrative,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The return as submitted, with its self-scores on the cycle's scheme.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record AssessmentSubmitted(
    Guid AssessmentId, Guid CycleId, Guid OrganisationId, Actor By, DateTimeOffset At, SelfAssessmentKind Kind = SelfAssessmentKind.Section11, int Year = 0,
    IReadOnlyList<IndicatorScore>? Scores = null) : IDomainEvent;

/// <summary>
/// Scrutiny: the coordinator or a peer panel queries one indicator of a submitted assessment. The cycle, organisation,
/// kind and year say whom to tell (empty only on challenges recorded before they were carried).
/// </summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ChallengeRaised(
    Guid AssessmentId,
    Guid ChallengeId,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("The partnership's question on the organisation's own arrangements, not a child or a person.")] string Question,
    Actor By,
    DateTimeOffset At,
    Guid CycleId = default,
    Guid OrganisationId = default,
    SelfAssessmentKind Kind = SelfAssessmentKind.Section11,
    int Year = 0) : IDomainEvent;

/// <summary>The organisation answers a challenge on its assessment.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ChallengeAnswered(
    Guid AssessmentId,
    Guid ChallengeId,
    [NotPersonal("The organisation's answer on the organisation's own arrangements, not a child or a person.")] string Answer,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership's moderated score for an indicator, beside the organisation's own; weak when the scheme says so.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record IndicatorModerated(
    Guid AssessmentId,
    Guid CycleId,
    Guid OrganisationId,
    int Standard,
    [NotPersonal("The standard's title.")] string StandardTitle,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string Score,
    [NotPersonal("The scoring scheme's key.")] string Scheme,
    bool Weak,
    [NotPersonal("Why the partnership moderated so: about the organisation's own arrangements, not a child or a person.")] string Rationale,
    Actor By,
    DateTimeOffset At,
    int Rank = 0,
    SelfAssessmentKind Kind = SelfAssessmentKind.Section11,
    int Year = 0) : IDomainEvent;

/// <summary>A school's return is signed off by its head teacher and its safeguarding governor (by work name) before submission.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record AssessmentSignedOff(
    Guid AssessmentId,
    [NotPersonal("Who signs: head teacher, governor or DSL.")] string Role,
    [PersonalData(PersonalData.WorkContact, "Who signed the return off (head teacher, governor, DSL), by work name.")] string Name,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

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
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ImprovementActionProposed(
    Guid AssessmentId,
    Guid ActionId,
    [NotPersonal("The indicator's number.")] string? Indicator,
    [NotPersonal("What the organisation will do: about the organisation's own arrangements, not a child or a person.")] string What,
    [PersonalData(PersonalData.WorkContact, "Who owns the action: a role or a professional by name.")] string Owner,
    DateOnly DueDate,
    ActionProposer ProposedBy,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ImprovementActionWithdrawn(Guid AssessmentId, Guid ActionId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The partnership's feedback to the organisation once scrutiny and moderation are done.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record FeedbackIssued(
    Guid AssessmentId,
    Guid CycleId,
    Guid OrganisationId,
    [NotPersonal("The partnership's feedback on the organisation's own arrangements, not a child or a person.")] string Summary,
    Actor By,
    DateTimeOffset At,
    SelfAssessmentKind Kind = SelfAssessmentKind.Section11,
    int Year = 0) : IDomainEvent;

public sealed record AgreedAction(
    Guid ActionId,
    [NotPersonal("The indicator's number.")] string? Indicator,
    [NotPersonal("What the organisation will do: about the organisation's own arrangements, not a child or a person.")] string What,
    [PersonalData(PersonalData.WorkContact, "Who owns the action: a role or a professional by name.")] string Owner,
    DateOnly DueDate);

/// <summary>The organisation's action plan as agreed with the partnership: the actions the follow-up review checks.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ActionPlanAgreed(
    Guid AssessmentId, Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, IReadOnlyList<AgreedAction> Actions, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>A follow-up review of one agreed action.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ActionFollowedUp(
    Guid AssessmentId,
    Guid ActionId,
    FollowUpProgress Progress,
    [NotPersonal("How the action is going: about the organisation's own arrangements, not a child or a person.")] string Note,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The organisation was reminded of its return: by the coordinator, or by the service as the deadline nears or passes.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record ReturnReminderSent(
    Guid AssessmentId, Guid CycleId, SelfAssessmentKind Kind, int Year, Guid OrganisationId, DateOnly Deadline, bool Overdue, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Why an organisation has not returned by the deadline (DOMAIN.md: non-returners must explain).</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record NonReturnExplained(
    Guid AssessmentId,
    [NotPersonal("Why the organisation did not return: about the organisation.")] string Reason,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>An item of evidence for one indicator; <c>AppliesOn</c> is the date the evidence speaks for, not the day it was recorded.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record EvidenceAdded(
    Guid AssessmentId,
    Guid EvidenceId,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("What the evidence is.")] string Title,
    [NotPersonal("What the evidence shows of the organisation's own arrangements, not a child or a person.")] string? Description,
    DateOnly AppliesOn,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;

[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record EvidenceRemoved(Guid AssessmentId, Guid EvidenceId, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>What a stored file is; the content itself lives in the evidence file store under <c>Key</c>.</summary>
public sealed record StoredFile(
    [PersonalData(PersonalData.WorkContact, "Where the evidence document is kept: the document itself, as uploaded, may name staff (minutes, training records).")] string Key,
    [NotPersonal("The document's file name.")] string FileName,
    [NotPersonal("The document's type.")] string ContentType,
    long Size,
    [NotPersonal("The document's checksum.")] string Sha256);

[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record EvidenceFileAttached(Guid AssessmentId, Guid EvidenceId, StoredFile File, Actor By, DateTimeOffset At) : IDomainEvent;

public sealed record CarriedAnswer(
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string Score,
    [NotPersonal("The organisation's account of the organisation's own arrangements, not a child or a person.")] string? Narrative);

public sealed record LastYearScore(
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string SelfScore,
    [NotPersonal("A score from the cycle's scheme.")] string? ModeratedScore);

/// <summary>
/// Last return's answers and evidence, carried into this one for the organisation to confirm or change, with last
/// year's self and moderated scores to show beside each indicator.
/// </summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record AssessmentPrefilled(
    Guid AssessmentId, Guid FromAssessmentId, int FromYear, IReadOnlyList<CarriedAnswer> Answers, IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<LastYearScore> LastYear, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Pan Mersey: an organisation serving several partnerships submits once. Each other partnership whose cycle for the
/// same year (on the same framework and scheme) invited it receives that submission here, then scrutinises and moderates
/// it on its own.
/// </summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record SharedSubmissionReceived(
    Guid AssessmentId,
    Guid CycleId,
    Guid OrganisationId,
    [NotPersonal("The partnership the submission came from.")] string FromPartnership,
    Guid FromAssessmentId,
    IReadOnlyList<CarriedAnswer> Answers,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<SignOff> SignOffs,
    DateTimeOffset SubmittedAt,
    Actor By,
    DateTimeOffset At,
    SelfAssessmentKind Kind = SelfAssessmentKind.Section11,
    int Year = 0,
    IReadOnlyList<IndicatorScore>? Scores = null) : IDomainEvent;
