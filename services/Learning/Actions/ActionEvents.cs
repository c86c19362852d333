using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Learning.Actions;

/// <summary>Where an action came from: the audit, Section 11 assessment or review (by id), and the finding, standard or recommendation behind it.</summary>
public sealed record ActionSource(
    ActionSourceKind Kind,
    Guid? Reference,
    [NotPersonal("Names the finding, standard or recommendation the action answers.")] string Description);

/// <summary>An action entered the register; <c>TestTheme</c> names what a later audit should test.</summary>
[KeptAs(RecordKind.Actions, Policies.ReadActions)]
public sealed record ActionCreated(
    Guid ActionId,
    [PersonalData(PersonalData.CaseText, "What the agency will do: may touch on the cases that showed the need.")] string What,
    [PersonalData(PersonalData.CaseText, "Why it is needed: may draw on the cases behind the finding.")] string Why,
    ActionSource Source,
    Guid OwnerOrganisationId,
    DateOnly DueDate,
    [NotPersonal("What a later audit should test, as a theme.")] string? TestTheme,
    Actor By,
    DateTimeOffset At)
    : IDomainEvent;

[KeptAs(RecordKind.Actions, Policies.ReadActions)]
public sealed record ActionProgressReported(
    Guid ActionId,
    Guid OwnerOrganisationId,
    ActionProgress Progress,
    [PersonalData(PersonalData.CaseText, "The owner's account of progress: may touch on cases.")] string Note,
    Actor By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>The due date passed, on the working-day calendar, before the action was completed.</summary>
[KeptAs(RecordKind.Actions, Policies.ReadActions)]
public sealed record ActionWentOverdue(Guid ActionId, Guid OwnerOrganisationId, DateOnly DueDate, DateOnly LateFrom, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Closed by the partnership, only with evidence that the action changed practice.</summary>
[KeptAs(RecordKind.Actions, Policies.ReadActions)]
public sealed record ActionClosed(
    Guid ActionId,
    Guid OwnerOrganisationId,
    [PersonalData(PersonalData.CaseText, "What changed in practice, as the partnership judged it: may draw on cases.")] string EvidenceOfImpact,
    Actor By,
    DateTimeOffset At) : IDomainEvent;
