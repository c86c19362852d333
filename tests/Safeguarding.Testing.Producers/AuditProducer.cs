using JasperFx.Events;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Messaging;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts;
using Scheduled = Safeguarding.Contracts.Programme.AuditScheduled;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// One multi-agency audit in the Audit service, opened from Programme's real AuditScheduled and taken along the flow
/// chart by Audit's own decisions, with the exploitation exemplar as its tool. What it sent is Audit's map of each step.
/// </summary>
public sealed class AuditProducer : Producer
{
    public static readonly Actor Coordinator = new("audit-coordinator", null);

    private readonly DomainStream<MultiAgencyAudit> _audit;
    private readonly IReadOnlySet<Guid> _directory;
    private readonly string _partnershipId;

    public AuditProducer(Scheduled scheduled, IReadOnlySet<Guid> directory, ProducerClock clock)
        : base(clock)
    {
        (_directory, _partnershipId) = (directory, scheduled.PartnershipId);
        _audit = new DomainStream<MultiAgencyAudit>(scheduled.AuditId, scheduled.PartnershipId, clock);
        Publish(_audit.Append(AuditDecisions.Open(scheduled)));
    }

    public MultiAgencyAudit Audit => _audit.State;

    /// <summary>Terms, a sample of cases, and the agencies that knew each child: returns open.</summary>
    public AuditProducer OpenReturns(IReadOnlyList<(string CaseKey, CaseCategory Category)> cases, Func<int, IReadOnlyList<Guid>> agenciesOfCase)
    {
        var mix = new CategoryMixInput(
            cases.Count(c => c.Category == CaseCategory.EarlyHelp), cases.Count(c => c.Category == CaseCategory.ChildInNeed),
            cases.Count(c => c.Category == CaseCategory.ChildProtection), cases.Count(c => c.Category == CaseCategory.LookedAfterChild));
        var today = Clock.Today;
        Decide(a => AuditDecisions.AgreeTerms(a, new AgreeTermsOfReference(
            a.Theme, ["How well do agencies work together for these children?"], 12, BuiltInTools.ExploitationExemplarId, null,
            today.AddDays(1), today.AddDays(1), today.AddDays(2), mix), BuiltInTools.Find(BuiltInTools.ExploitationExemplarId), _directory, Coordinator, Clock.Tick()));
        Decide(a => AuditDecisions.SelectCases(a, new SelectCases(
            [.. cases.Select(c => new CaseInput(c.CaseKey, c.Category, new CaseProfileInput("10-15", "female", "white")))]), Coordinator, Clock.Tick()));
        return Decide(a => AuditDecisions.NotifyAgencies(a, new NotifyAgencies(
            [.. cases.Select((c, i) => new CaseAgenciesInput(c.CaseKey, agenciesOfCase(i)))]), _directory, Coordinator, Clock.Tick()));
    }

    /// <summary>An agency's return for a case, graded on the tool's scale (submitted again, it replaces the first).</summary>
    public AuditProducer SubmitReturn(Guid organisationId, string caseKey, string overallGrade) =>
        Decide(a => AuditDecisions.SubmitReturn(a, organisationId, caseKey, CompleteReturns.For(a.Terms!.Tool, overallGrade),
            new Actor($"auditor-{organisationId:N}", organisationId.ToString()), Clock.Tick()));

    public AuditProducer RaiseConcern(string caseKey, Guid ownerOrganisationId, string summary) =>
        Decide(a => AuditDecisions.RaiseConcern(a, new RaiseConcern(caseKey, ownerOrganisationId, summary), _directory, Guid.CreateVersion7, Coordinator, Clock.Tick()));

    /// <summary>The owning agency acknowledges every concern it was sent: an audit closes only then.</summary>
    public AuditProducer AcknowledgeConcerns()
    {
        foreach (var concern in Audit.Concerns.Where(c => !c.IsAcknowledged).ToList())
        {
            var owner = new Actor($"auditor-{concern.OwnerOrganisationId:N}", concern.OwnerOrganisationId.ToString());
            Decide(a => AuditDecisions.AcknowledgeConcern(a, concern.ConcernId, concern.OwnerOrganisationId, false, owner, Clock.Tick()));
        }

        return this;
    }

    public AuditProducer CloseReturns() => Decide(a => AuditDecisions.CloseReturns(a, Coordinator, Clock.Tick()));

    /// <summary>The meeting: a grade per case (by its place in the sample) and the findings, each linked to a tool section.</summary>
    public AuditProducer HoldMeeting(Func<int, string> gradeOfCase, params (FindingKind Kind, string Text)[] findings) =>
        Decide(a => AuditDecisions.RecordMeeting(a, new RecordMeeting(
            Clock.Today,
            [new AttendeeInput(_directory.First(), "Chair")],
            [.. a.Cases.Select((c, i) => new CaseGradeInput(c.CaseKey, gradeOfCase(i), "Agreed at the meeting."))],
            [.. findings.Select(f => new FindingInput(f.Kind, f.Text, "missing"))]), _directory, Guid.CreateVersion7, Coordinator, Clock.Tick()));

    public AuditProducer ApproveReport(string summary)
    {
        Decide(a => AuditDecisions.DraftReport(a, new DraftReport(summary, "What the audit found, case by case.", ["Act on the findings."]), Coordinator, Clock.Tick()));
        return Decide(a => AuditDecisions.ApproveReport(a, Coordinator, Clock.Tick()));
    }

    /// <summary>An action on the first area for development, owned by an agency.</summary>
    public AuditProducer RaiseAction(string what, Guid ownerOrganisationId, DateOnly dueDate) =>
        Decide(a => AuditDecisions.RaiseActions(a, new RaiseActions(
            [new ActionInput(what, ownerOrganisationId, dueDate, a.Findings.First(f => f.Kind == FindingKind.AreaForDevelopment).FindingId)]),
            _directory, Guid.CreateVersion7, Coordinator, Clock.Tick()));

    /// <summary>From an approved report with actions raised: to the Board, and closed.</summary>
    public AuditProducer PresentAndClose()
    {
        Decide(a => AuditDecisions.PresentToBoard(a, new PresentToBoard(Clock.Today), Coordinator, Clock.Tick()));
        return Decide(a => AuditDecisions.Close(a, Coordinator, Clock.Tick()));
    }

    /// <summary>
    /// The whole flow chart in one go: a case of each category known to one agency, its returns (graded good), the
    /// meeting with its findings (an area for development by default), the report, an action on the first area for
    /// development owned by the agency, the Board, closed.
    /// </summary>
    public AuditProducer RunToClosed(Guid agency, IReadOnlyList<(FindingKind Kind, string Text)>? findings = null, string action = "Offer every return interview within 72 hours.", DateOnly? actionDue = null)
    {
        OpenReturns([.. Enum.GetValues<CaseCategory>().Select((category, i) => ($"SH-{Audit.Year}-{i:D3}", category))], _ => [agency]);
        foreach (var sampled in Audit.Cases)
        {
            SubmitReturn(agency, sampled.CaseKey, "good");
        }

        return CloseReturns()
            .HoldMeeting(_ => "good", [.. findings ?? [(FindingKind.AreaForDevelopment, "Return interviews were missed.")]])
            .ApproveReport("What the audit found.")
            .RaiseAction(action, agency, actionDue ?? Clock.Today.AddMonths(3))
            .PresentAndClose();
    }

    /// <summary>Audit hearing Programme take the audit off the programme (what its consumer decides).</summary>
    public AuditProducer Hear(Safeguarding.Contracts.Programme.ScheduledItemRemoved removed) => Decide(a => ScheduledItemRemovedConsumer.Cancellation(a, removed));

    public AuditProducer Cancel(string reason) => Decide(a => AuditDecisions.Cancel(a, new CancelAudit(reason), Coordinator, Clock.Tick()));

    private AuditProducer Decide(Func<MultiAgencyAudit, Safeguarding.EventSourcing.EventStore.Decision> decide)
    {
        Publish(_audit.Decide(decide));
        return this;
    }

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) =>
        AuditIntegrationEvents.Map(domainEvent.Id, _partnershipId, domainEvent.Data, (MultiAgencyAudit)stateAfter);
}
