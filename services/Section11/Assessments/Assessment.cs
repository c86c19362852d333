using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Section11.Frameworks;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Section11.Assessments;

/// <summary>The stages of one organisation's return, in the order DOMAIN.md (section 3) gives them.</summary>
public enum AssessmentStatus
{
    InProgress,
    Submitted,
    FeedbackIssued,
    ActionPlanAgreed,
}

/// <summary>An answer carried forward from last year counts only once the organisation confirms or changes it.</summary>
public sealed record IndicatorAnswer(
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string Score,
    [NotPersonal("The organisation's account of the organisation's own arrangements, not a child or a person.")] string? Narrative,
    DateTimeOffset AnsweredAt,
    bool CarriedForward = false);

public sealed record Challenge(
    Guid ChallengeId,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("The partnership's question on the organisation's own arrangements, not a child or a person.")] string Question,
    DateTimeOffset RaisedAt,
    [NotPersonal("The organisation's answer on the organisation's own arrangements, not a child or a person.")] string? Answer = null,
    DateTimeOffset? AnsweredAt = null);

public sealed record SignOff(
    [NotPersonal("Who signs: head teacher, governor or DSL.")] string Role,
    [PersonalData(PersonalData.WorkContact, "Who signed the return off (head teacher, governor, DSL), by work name.")] string Name,
    DateTimeOffset SignedAt);

public sealed record ModeratedScore(
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("A score from the cycle's scheme.")] string Score,
    bool Weak,
    [NotPersonal("Why the partnership moderated so: about the organisation's own arrangements, not a child or a person.")] string Rationale,
    DateTimeOffset ModeratedAt);

public sealed record Feedback(
    [NotPersonal("The partnership's feedback on the organisation's own arrangements, not a child or a person.")] string Summary,
    DateTimeOffset IssuedAt);

public sealed record EvidenceItem(
    Guid EvidenceId,
    [NotPersonal("The indicator's number.")] string Indicator,
    [NotPersonal("What the evidence is.")] string Title,
    [NotPersonal("What the evidence shows of the organisation's own arrangements, not a child or a person.")] string? Description,
    DateOnly AppliesOn,
    DateTimeOffset AddedAt,
    StoredFile? File = null);

public sealed record Reminder(bool Overdue, DateTimeOffset SentAt);

public sealed record NonReturnReason(
    [NotPersonal("Why the organisation did not return: about the organisation.")] string Reason,
    DateTimeOffset GivenAt);

public sealed record FollowUp(
    FollowUpProgress Progress,
    [NotPersonal("How the action is going: about the organisation's own arrangements, not a child or a person.")] string Note,
    DateTimeOffset At);

/// <summary>An improvement action on the organisation's plan: proposed by the organisation itself or by the partnership.</summary>
public sealed record PlannedAction(
    Guid ActionId,
    [NotPersonal("The indicator's number.")] string? Indicator,
    [NotPersonal("What the organisation will do: about the organisation's own arrangements, not a child or a person.")] string What,
    [PersonalData(PersonalData.WorkContact, "Who owns the action: a role or a professional by name.")] string Owner,
    DateOnly DueDate,
    ActionProposer ProposedBy)
{
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    public FollowUpProgress Progress => FollowUps.Count == 0 ? FollowUpProgress.NotStarted : FollowUps[^1].Progress;
}

/// <summary>One organisation's self-assessment in one cycle, as its stream tells it; kept inline as its read model.</summary>
[KeptAs(RecordKind.SelfAssessmentEvidence, Policies.ReadSection11)]
public sealed record Assessment(Guid Id, Guid CycleId, Guid OrganisationId, AssessmentStatus Status, IReadOnlyList<IndicatorAnswer> Answers) : IVersioned, ITenanted
{
    public long Version { get; init; }

    /// <summary>The partnership, filled in by Marten; lets checks and shared submissions work across partnerships.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// A return is kept from the end of its year, with its evidence: past the partnership's period it goes with its whole
    /// history, and its files, which then no event names, go at UnreferencedEvidenceCheck's next run.
    /// </summary>
    public static readonly IRetainedRecords Retained = StreamRecords<Assessment>.ByYear(RecordKind.SelfAssessmentEvidence, a => a.Year, a => a.Id);

    public int Year { get; init; }

    public SelfAssessmentKind Kind { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public IReadOnlyList<Challenge> Challenges { get; init; } = [];

    public IReadOnlyList<ModeratedScore> Moderated { get; init; } = [];

    public IReadOnlyList<SignOff> SignOffs { get; init; } = [];

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    public IReadOnlyList<PlannedAction> Actions { get; init; } = [];

    public Feedback? Feedback { get; init; }

    public DateTimeOffset? ActionPlanAgreedAt { get; init; }

    /// <summary>The partnership the organisation submitted this return in, when it was shared into this one.</summary>
    [NotPersonal("The partnership the shared submission came from.")]
    public string? SharedFrom { get; init; }

    public int? PrefilledFromYear { get; init; }

    public IReadOnlyList<LastYearScore> LastYear { get; init; } = [];

    public IReadOnlyList<Reminder> Reminders { get; init; } = [];

    public NonReturnReason? NonReturn { get; init; }

    public bool IsSubmitted => Status >= AssessmentStatus.Submitted;

    public static Guid IdFor(Guid cycleId, Guid organisationId) => DeterministicGuid.Create("section11-assessment", cycleId.ToString(), organisationId.ToString());

    public static Assessment Create(AssessmentStarted started) =>
        new(started.AssessmentId, started.CycleId, started.OrganisationId, AssessmentStatus.InProgress, []) { Year = started.Year, Kind = started.Kind };

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

    public Assessment Apply(ImprovementActionProposed proposed) =>
        this with { Actions = [.. Actions, new PlannedAction(proposed.ActionId, proposed.Indicator, proposed.What, proposed.Owner, proposed.DueDate, proposed.ProposedBy)] };

    public Assessment Apply(ImprovementActionWithdrawn withdrawn) => this with { Actions = [.. Actions.Where(a => a.ActionId != withdrawn.ActionId)] };

    public Assessment Apply(FeedbackIssued issued) => this with { Status = AssessmentStatus.FeedbackIssued, Feedback = new Feedback(issued.Summary, issued.At) };

    public Assessment Apply(ActionPlanAgreed agreed) => this with { Status = AssessmentStatus.ActionPlanAgreed, ActionPlanAgreedAt = agreed.At };

    public Assessment Apply(ActionFollowedUp followedUp) =>
        this with
        {
            Actions = [.. Actions.Select(a => a.ActionId == followedUp.ActionId ? a with { FollowUps = [.. a.FollowUps, new FollowUp(followedUp.Progress, followedUp.Note, followedUp.At)] } : a)],
        };

    public Assessment Apply(ReturnReminderSent sent) => this with { Reminders = [.. Reminders, new Reminder(sent.Overdue, sent.At)] };

    public Assessment Apply(NonReturnExplained explained) => this with { NonReturn = new NonReturnReason(explained.Reason, explained.At) };

    public Assessment Apply(EvidenceAdded added) =>
        this with { Evidence = [.. Evidence, new EvidenceItem(added.EvidenceId, added.Indicator, added.Title, added.Description, added.AppliesOn, added.At)] };

    public Assessment Apply(EvidenceRemoved removed) => this with { Evidence = [.. Evidence.Where(e => e.EvidenceId != removed.EvidenceId)] };

    public Assessment Apply(EvidenceFileAttached attached) =>
        this with { Evidence = [.. Evidence.Select(e => e.EvidenceId == attached.EvidenceId ? e with { File = attached.File } : e)] };

    public Assessment Apply(AssessmentPrefilled prefilled) =>
        this with
        {
            PrefilledFromYear = prefilled.FromYear,
            Answers = [.. prefilled.Answers.Select(a => new IndicatorAnswer(a.Indicator, a.Score, a.Narrative, prefilled.At, CarriedForward: true))],
            Evidence = prefilled.Evidence,
            LastYear = prefilled.LastYear,
        };

    public Assessment Apply(SharedSubmissionReceived shared) =>
        this with
        {
            Status = AssessmentStatus.Submitted,
            SubmittedAt = shared.SubmittedAt,
            SharedFrom = shared.FromPartnership,
            Answers = [.. shared.Answers.Select(a => new IndicatorAnswer(a.Indicator, a.Score, a.Narrative, shared.SubmittedAt))],
            Evidence = shared.Evidence,
            SignOffs = shared.SignOffs,
        };
}
