using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Calendar;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Messaging;
using Safeguarding.Learning.Reviews;
using Safeguarding.Learning.Training;
using AuditActionRaised = Safeguarding.Contracts.Audit.ActionRaised;
using AuditReportApproved = Safeguarding.Contracts.Audit.AuditReportApproved;
using FindingRecorded = Safeguarding.Contracts.Audit.FindingRecorded;
using Section11ActionRaised = Safeguarding.Contracts.Section11.ActionRaised;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// What Learning publishes, from its own decisions: the improvement actions register (its own actions and those it
/// hears of from Audit and Section11, through its consumers' own translation), reviews, briefings and training feedback.
/// </summary>
public sealed class LearningProducer(string partnershipId, IReadOnlySet<Guid> directory, ProducerClock clock) : Producer(clock)
{
    public static readonly Actor Coordinator = new("learning-coordinator", null);

    private WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales;

    private DomainStream<PartnershipCalendar>? _closures;

    private readonly Dictionary<Guid, DomainStream<ImprovementAction>> _actions = [];
    private readonly Dictionary<Guid, DomainStream<Review>> _reviews = [];
    private readonly Dictionary<Guid, DomainStream<TrainingEvent>> _training = [];

    public ImprovementAction Action(Guid actionId) => _actions[actionId].State;

    public Review Review(Guid reviewId) => _reviews[reviewId].State;

    public Guid RecordAction(string what, Guid ownerOrganisationId, DateOnly dueDate, string? testTheme = null)
    {
        var actionId = Guid.CreateVersion7();
        StartAction(actionId, ActionDecisions.Record(
            new RecordImprovementAction(what, "Why it matters for children.", ownerOrganisationId, dueDate, testTheme), directory, actionId, Coordinator, Clock.Tick()));
        return actionId;
    }

    /// <summary>An audit's action entering the register, as Learning's consumer of Audit's message registers it.</summary>
    public Guid Register(AuditActionRaised raised) => StartAction(raised.ActionId, Decision.Accept(ActionRaisedConsumers.Created(raised)));

    public Guid Register(Section11ActionRaised raised) => StartAction(raised.ActionId, Decision.Accept(ActionRaisedConsumers.Created(raised)));

    /// <summary>The owning organisation's word on its action.</summary>
    public LearningProducer ReportProgress(Guid actionId, ActionProgress progress)
    {
        var owner = _actions[actionId].State.OwnerOrganisationId;
        Publish(_actions[actionId].Decide(a => ActionDecisions.ReportProgress(
            a, owner, new ReportProgress(progress, "Where we are."), new Actor($"auditor-{owner:N}", owner.ToString()), Clock.Tick())));
        return this;
    }

    /// <summary>The service's overdue check, run at the clock's time.</summary>
    public LearningProducer CheckOverdue(Guid actionId)
    {
        Publish(_actions[actionId].Append(ActionDecisions.Overdue(_actions[actionId].State, _calendar, Clock.Tick())));
        return this;
    }

    public LearningProducer Close(Guid actionId, string evidenceOfImpact)
    {
        Publish(_actions[actionId].Decide(a => ActionDecisions.Close(a, new CloseAction(evidenceOfImpact), Coordinator, Clock.Tick())));
        return this;
    }

    /// <summary>The partnership's closure days, which its later decisions count working days without.</summary>
    public LearningProducer SetClosureDays(params DateOnly[] days)
    {
        _closures ??= new DomainStream<PartnershipCalendar>(PartnershipCalendar.IdFor(partnershipId), partnershipId, Clock);
        var command = new SetClosureDays([.. days.Select(d => new ClosureDay(d, "Partnership closure day"))]);
        Publish(_closures.Accept(CalendarDecisions.SetClosures(PartnershipCalendar.IdFor(partnershipId), command, Coordinator, Clock.Tick())));
        _calendar = new WorkingDayCalendar(_closures.State.Closures);
        return this;
    }

    public Guid RecordSeriousIncident(string caseReference, string theme, DateOnly awareOn)
    {
        var reviewId = Guid.CreateVersion7();
        var stream = new DomainStream<Review>(reviewId, partnershipId, Clock);
        _reviews[reviewId] = stream;
        Publish(stream.Accept(ReviewDecisions.RecordSeriousIncident(
            new RecordSeriousIncident(caseReference, theme, "What happened, without naming anyone.", awareOn), _calendar, reviewId, Coordinator, Clock.Tick())));
        return reviewId;
    }

    public LearningProducer NotifyPanel(Guid reviewId) =>
        Decide(reviewId, r => ReviewDecisions.NotifyPanel(r, new NotifyPanel(Clock.Today), _calendar, Coordinator, Clock.Tick()));

    /// <summary>The service's deadline check, run at the clock's time: flags what is at risk or missed.</summary>
    public LearningProducer CheckDeadlines(Guid reviewId)
    {
        Publish(_reviews[reviewId].Append(ReviewDecisions.DeadlineFlags(_reviews[reviewId].State, _calendar, Clock.Tick())));
        return this;
    }

    public LearningProducer Decide(Guid reviewId, ReviewDecision decision) =>
        Decide(reviewId, r => ReviewDecisions.Decide(r, new DecideRapidReview(decision, "Learning to gain beyond this case.", Clock.Today), _calendar, Coordinator, Clock.Tick()));

    /// <summary>A recommendation, which enters the register as an action under its own id.</summary>
    public Guid Recommend(Guid reviewId, string text, Guid ownerOrganisationId, DateOnly dueDate, string? testTheme = null)
    {
        var recommendationId = Guid.CreateVersion7();
        var appended = _reviews[reviewId].Decide(r => ReviewDecisions.Recommend(
            r, new MakeRecommendation(text, ownerOrganisationId, dueDate, testTheme), directory, recommendationId, Coordinator, Clock.Tick()));
        Publish(appended);
        var made = appended.Select(e => e.Event.Data).OfType<RecommendationMade>().Single();
        return StartAction(recommendationId, Decision.Accept(ReviewDecisions.ActionFor(_reviews[reviewId].State, made)));
    }

    /// <summary>A briefing drafted from what Learning heard of an audit (its copies of the audit's messages) and published.</summary>
    public Guid PublishBriefingFromAudit(Guid auditId, IEnumerable<IIntegrationEvent> heardFromAudit)
    {
        var heard = heardFromAudit.ToList();
        var learning = AuditLearning.From(
            auditId,
            [.. heard.OfType<FindingRecorded>().Where(f => f.AuditId == auditId).Select(AuditLearningConsumer.Copy)],
            heard.OfType<AuditReportApproved>().Where(r => r.AuditId == auditId).Select(AuditLearningConsumer.Copy).SingleOrDefault())
            ?? throw new InvalidOperationException("Learning has heard nothing of that audit.");
        var actions = _actions.Values.Select(a => a.State).Where(a => a.Source.Kind == ActionSourceKind.Audit && a.Source.Reference == auditId).ToList();
        var briefingId = Guid.CreateVersion7();
        var stream = new DomainStream<Briefing>(briefingId, partnershipId, Clock);
        Publish(stream.Append(BriefingDecisions.FromAudit(learning, actions, briefingId, Coordinator, Clock.Tick())));
        Publish(stream.Decide(b => BriefingDecisions.Publish(b, Coordinator, Clock.Tick())));
        return briefingId;
    }

    public Guid ScheduleWorkshop(string topic)
    {
        var eventId = Guid.CreateVersion7();
        var stream = new DomainStream<TrainingEvent>(eventId, partnershipId, Clock);
        _training[eventId] = stream;
        Publish(stream.Accept(TrainingDecisions.Schedule(new ScheduleTrainingEvent(TrainingKind.AuditWorkshop, topic, Clock.Today, []), new HashSet<Guid>(), eventId, Coordinator, Clock.Tick())));
        return eventId;
    }

    /// <summary>How many of an organisation's staff came, recorded once the event has taken place.</summary>
    public LearningProducer RecordAttendance(Guid eventId, Guid organisationId, int attendees)
    {
        Publish(_training[eventId].Decide(t => TrainingDecisions.RecordAttendance(
            t, new RecordAttendance(organisationId, attendees), directory, Coordinator, Clock.Tick())));
        return this;
    }

    public LearningProducer GiveFeedback(Guid eventId, int rating, Guid? organisationId)
    {
        Publish(_training[eventId].Decide(t => TrainingDecisions.GiveFeedback(
            t, new GiveFeedback("I will ask about return interviews.", rating), organisationId, Guid.CreateVersion7(), new Actor("practitioner", null), Clock.Tick())));
        return this;
    }

    private Guid StartAction(Guid actionId, Decision decision)
    {
        var stream = new DomainStream<ImprovementAction>(actionId, partnershipId, Clock);
        _actions[actionId] = stream;
        Publish(stream.Accept(decision));
        return actionId;
    }

    private LearningProducer Decide(Guid reviewId, Func<Review, Decision> decide)
    {
        Publish(_reviews[reviewId].Decide(decide));
        return this;
    }

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) => LearningIntegrationEvents.Map(domainEvent);
}
