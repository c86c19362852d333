using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Messaging;

namespace Safeguarding.Testing.Producers;

/// <summary>
/// One Section 11 or Section 175 cycle in the Section11 service, driven by its own decisions: launched, organisations
/// invited (each one's assessment opened), scored and submitted, moderated, followed up and closed.
/// </summary>
public sealed class Section11Producer : Producer
{
    public static readonly Actor Coordinator = new("section11-coordinator", null);

    private readonly DomainStream<Section11Cycle> _cycle;
    private readonly Dictionary<Guid, DomainStream<Assessment>> _assessments = [];
    private readonly IReadOnlyDictionary<Guid, OrganisationKind> _directory;
    private readonly string _partnershipId;

    public Section11Producer(
        string partnershipId, IReadOnlyDictionary<Guid, OrganisationKind> directory, ProducerClock clock, int year, DateOnly deadline, string? scheme,
        SelfAssessmentKind kind = SelfAssessmentKind.Section11)
        : base(clock)
    {
        (_partnershipId, _directory) = (partnershipId, directory);
        var opened = CycleDecisions.Open(partnershipId, new OpenSection11Cycle(year, deadline, null, scheme), Coordinator, clock.Tick(), kind);
        _cycle = new DomainStream<Section11Cycle>(opened.CycleId, partnershipId, clock);
        Publish(_cycle.Append(opened));
    }

    public Section11Cycle Cycle => _cycle.State;

    public Section11Producer Invite(params Guid[] organisations)
    {
        Publish(_cycle.Decide(c => CycleDecisions.Invite(c, new CycleDecisions.InviteOrganisations(organisations), _directory, Coordinator, Clock.Tick())));
        foreach (var organisation in organisations)
        {
            var stream = new DomainStream<Assessment>(Assessment.IdFor(Cycle.Id, organisation), _partnershipId, Clock);
            _assessments[organisation] = stream;
            Publish(stream.Append(AssessmentDecisions.Open(Cycle, _partnershipId, organisation, OrganisationReturns.None, Coordinator, Clock.Tick())));
        }

        return this;
    }

    /// <summary>The organisation scores every indicator (those named with their own score) and submits.</summary>
    public Section11Producer Submit(Guid organisation, string score, IReadOnlyDictionary<string, string>? scores = null)
    {
        var auditor = new Actor($"auditor-{organisation:N}", organisation.ToString());
        foreach (var indicator in Cycle.Framework.Indicators)
        {
            var given = scores?.GetValueOrDefault(indicator.Number) ?? score;
            Decide(organisation, a => AssessmentDecisions.Answer(a, Cycle, indicator.Number, new AnswerIndicator(given, null), auditor, Clock.Tick()));
        }

        return Decide(organisation, a => AssessmentDecisions.Submit(a, Cycle, auditor, Clock.Tick()));
    }

    public Section11Producer Moderate(Guid organisation, string indicator, string score, string rationale) =>
        Decide(organisation, a => AssessmentDecisions.Moderate(a, Cycle, new ModerateIndicator(indicator, score, rationale), Coordinator, Clock.Tick()));

    /// <summary>The partnership challenges one indicator of the organisation's submitted return, and the organisation answers.</summary>
    public Section11Producer Challenge(Guid organisation, string indicator, string question)
    {
        var challengeId = Guid.CreateVersion7();
        Decide(organisation, a => AssessmentDecisions.RaiseChallenge(a, Cycle, new RaiseChallenge(indicator, question), challengeId, Coordinator, Clock.Tick()));
        return Decide(organisation, a => AssessmentDecisions.AnswerChallenge(
            a, challengeId, new AnswerChallenge("Eighty-four per cent; the rest are booked."), new Actor($"auditor-{organisation:N}", organisation.ToString()), Clock.Tick()));
    }

    /// <summary>Feedback, an action on every indicator moderated as weak, and the plan agreed.</summary>
    public Section11Producer AgreeActionPlan(Guid organisation, string what, DateOnly dueDate)
    {
        Decide(organisation, a => AssessmentDecisions.IssueFeedback(a, new IssueFeedback("Thank you: strong on most standards."), Coordinator, Clock.Tick()));
        foreach (var weak in _assessments[organisation].State.Moderated.Where(m => m.Weak).Select(m => m.Indicator).Distinct().ToList())
        {
            Decide(organisation, a => AssessmentDecisions.ProposeAction(
                a, Cycle, new ProposeAction(weak, what, "Safeguarding lead", dueDate), ActionProposer.Partnership, Guid.CreateVersion7(), Coordinator, Clock.Tick()));
        }

        return Decide(organisation, a => AssessmentDecisions.AgreeActionPlan(a, Coordinator, Clock.Tick()));
    }

    /// <summary>The coordinator reminds an organisation whose return is outstanding.</summary>
    public Section11Producer Remind(Guid organisation)
    {
        var decision = ReturnTracking.Remind(Cycle, [.. _assessments.Values.Select(s => s.State)], new SendReminders([organisation]), Coordinator, Clock.Tick());
        Publish(_assessments[organisation].Accept(decision));
        return this;
    }

    public Section11Producer Close()
    {
        Publish(_cycle.Decide(c => CycleClosing.Close(c, [.. _assessments.Values.Select(s => s.State)], Coordinator, Clock.Tick())));
        return this;
    }

    private Section11Producer Decide(Guid organisation, Func<Assessment, Decision> decide)
    {
        Publish(_assessments[organisation].Decide(decide));
        return this;
    }

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) => Section11IntegrationEvents.Map(domainEvent);
}
