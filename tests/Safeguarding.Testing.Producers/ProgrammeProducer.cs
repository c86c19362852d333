using JasperFx.Events;
using Safeguarding.Contracts;
using Safeguarding.Programme.Messaging;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Integration = Safeguarding.Contracts.Programme;

namespace Safeguarding.Testing.Producers;

/// <summary>What Programme publishes, from its own decisions: the directory, priorities and a year's programme.</summary>
public sealed class ProgrammeProducer(string partnershipId, ProducerClock clock) : Producer(clock)
{
    public static readonly Actor Coordinator = new("programme-coordinator", "0b3c8a52-6f1e-4a38-9d0c-3f1d2a7c5e01");

    private readonly Dictionary<Guid, DomainStream<Organisation>> _organisations = [];
    private DomainStream<AuditProgramme>? _programme;

    public string PartnershipId => partnershipId;

    /// <summary>The directory as Programme publishes it: what the other services' copies hold.</summary>
    public IReadOnlyDictionary<Guid, OrganisationKind> Directory => _organisations.ToDictionary(o => o.Key, o => o.Value.State.Details.Kind);

    public AuditProgramme Programme => _programme?.State ?? throw new InvalidOperationException("No programme yet: CreateProgramme first.");

    /// <summary>A partnership whose directory already holds these organisations (registered now, at the clock's time).</summary>
    public static ProgrammeProducer WithDirectory(string partnershipId, params (string Name, OrganisationKind Kind)[] organisations)
    {
        var programme = new ProgrammeProducer(partnershipId, new ProducerClock(DateTimeOffset.UtcNow));
        foreach (var (name, kind) in organisations)
        {
            programme.Register(name, kind);
        }

        return programme;
    }

    public Guid Register(string name, OrganisationKind kind, SchoolPhase? phase = null, SchoolType? type = null, IReadOnlyList<ContactInput>? contacts = null)
    {
        var registered = OrganisationDecisions.Register(partnershipId, new RegisterOrganisation(name, kind, phase, type, contacts), Coordinator, Clock.Tick());
        var stream = new DomainStream<Organisation>(registered.OrganisationId, "shared", Clock);
        _organisations[registered.OrganisationId] = stream;
        Publish(stream.Append(registered));
        return registered.OrganisationId;
    }

    /// <summary>The organisation of that name, registered the first time it is asked for.</summary>
    public Guid Registered(string name, OrganisationKind kind) =>
        _organisations.ContainsKey(OrganisationDecisions.IdFor(partnershipId, name)) ? OrganisationDecisions.IdFor(partnershipId, name) : Register(name, kind);

    /// <summary>
    /// This partnership joins an organisation another partnership registered (one that serves both), which agrees:
    /// one directory entry.
    /// </summary>
    public Guid Join(ProgrammeProducer registeredBy, Guid organisationId)
    {
        var stream = registeredBy._organisations[organisationId];
        _organisations[organisationId] = stream;
        Publish(stream.Decide(o => OrganisationDecisions.Join(o, partnershipId, new ChangeContacts([]), Coordinator, Clock.Tick())));
        Publish(stream.Decide(o => OrganisationDecisions.ApproveJoining(o, registeredBy.PartnershipId, partnershipId, Coordinator, Clock.Tick())));
        return organisationId;
    }

    public void ChangeContacts(Guid organisationId, params ContactInput[] contacts) =>
        Publish(_organisations[organisationId].Decide(o => OrganisationDecisions.ChangeContacts(o, partnershipId, new ChangeContacts(contacts), Coordinator, Clock.Tick())));

    public void Rename(Guid organisationId, string name, OrganisationKind kind)
    {
        var stream = _organisations[organisationId];
        Publish(stream.Decide(o => OrganisationDecisions.Update(o, partnershipId, new UpdateOrganisation(name, kind), Coordinator, Clock.Tick())));
    }

    public Guid CreateProgramme(int year)
    {
        var created = ProgrammeDecisions.Create(partnershipId, new CreateProgramme(year), Coordinator, Clock.Tick());
        _programme = new DomainStream<AuditProgramme>(created.ProgrammeId, partnershipId, Clock);
        Publish(_programme.Append(created));
        return created.ProgrammeId;
    }

    /// <summary>An item on the year's programme; for an audit, its id is the audit's id in Audit.</summary>
    public Guid Schedule(ScheduledItemKind kind, int quarter, string theme, params CaseCategory[] categories)
    {
        var itemId = Guid.CreateVersion7();
        Publish(Stream.Decide(p => ProgrammeDecisions.Schedule(p, new ItemInput(kind, quarter, null, null, theme, categories), itemId, Coordinator, Clock.Tick())));
        return itemId;
    }

    /// <summary>The item moved to another quarter, as the coordinator changes it.</summary>
    public void Reschedule(Guid itemId, int quarter)
    {
        var item = Stream.State.Items.Single(i => i.ItemId == itemId);
        var moved = new ItemInput(item.Kind, quarter, null, null, item.Theme, item.Categories);
        Publish(Stream.Decide(p => ProgrammeDecisions.Change(p, itemId, moved, Coordinator, Clock.Tick())));
    }

    public void PublishProgramme() => Publish(Stream.Decide(p => ProgrammeDecisions.Publish(p, Coordinator, Clock.Tick())));

    public void Remove(Guid itemId, string reason) =>
        Publish(Stream.Decide(p => ProgrammeDecisions.Remove(p, itemId, new RemoveItem(reason), Coordinator, Clock.Tick())));

    /// <summary>The service's overdue check, run at the clock's time.</summary>
    public void CheckOverdue() => Publish(Stream.Append(ProgrammeDecisions.Overdue(Stream.State, Clock.Tick())));

    public Guid RecordPriority(PriorityRoute route, string theme, string rationale)
    {
        var recorded = new PriorityRecorded(
            Guid.CreateVersion7(), PriorityDecisions.Details(new RecordPriority(route, theme, rationale, null, null)), Coordinator, Clock.Tick());
        Publish(new DomainStream<Priority>(recorded.PriorityId, partnershipId, Clock).Append(recorded));
        return recorded.PriorityId;
    }

    /// <summary>Programme hearing Audit close an audit: the item is done (what its consumer appends).</summary>
    public void Hear(Safeguarding.Contracts.Audit.AuditClosed closed) => Publish(Stream.Append(AuditClosedConsumer.Completion(Stream.State, closed)));

    public void Hear(Safeguarding.Contracts.Section11.CycleClosed closed) => Publish(Stream.Append(CycleClosedConsumer.Completions(Stream.State, closed)));

    /// <summary>The message Audit opens an audit from.</summary>
    public Integration.AuditScheduled AuditScheduled(Guid itemId) => Sent.OfType<Integration.AuditScheduled>().Single(m => m.AuditId == itemId);

    private DomainStream<AuditProgramme> Stream => _programme ?? throw new InvalidOperationException("No programme yet: CreateProgramme first.");

    protected override IReadOnlyList<IIntegrationEvent> Map(IEvent domainEvent, object stateAfter) => ProgrammeIntegrationEvents.Map(domainEvent);
}
