using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Erasure;

/// <summary>
/// The coordinator asked for a case to be erased everywhere. The key is held only until Audit erases the case from its
/// own store, this event included: from then on it holds the replacement key alone.
/// </summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record CaseErasureRequested(
    Guid ErasureId,
    [PersonalData(PersonalData.CaseKey)] string CaseKey,
    [NotPersonal("The key left in the case's place: it names no child.")] string ErasedAs,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>One service confirmed it holds nothing more of the case.</summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record CaseErasureConfirmed(Guid ErasureId, ErasingService Service, int Events, int Documents, Actor By, DateTimeOffset At) : IDomainEvent;
