using Safeguarding.Contracts;
using Safeguarding.EventSourcing.EventStore;

namespace Safeguarding.Learning.Actions;

/// <summary>Where an action came from: the audit, Section 11 assessment or review (by id), and the finding, standard or recommendation behind it.</summary>
public sealed record ActionSource(ActionSourceKind Kind, Guid? Reference, string Description);

/// <summary>An action entered the register; <c>TestTheme</c> names what a later audit should test.</summary>
public sealed record ActionCreated(
    Guid ActionId, string What, string Why, ActionSource Source, Guid OwnerOrganisationId, DateOnly DueDate, string? TestTheme, Actor By, DateTimeOffset At)
    : IDomainEvent;

public sealed record ActionProgressReported(Guid ActionId, Guid OwnerOrganisationId, ActionProgress Progress, string Note, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>The due date passed, on the working-day calendar, before the action was completed.</summary>
public sealed record ActionWentOverdue(Guid ActionId, Guid OwnerOrganisationId, DateOnly DueDate, DateOnly LateFrom, Actor By, DateTimeOffset At) : IDomainEvent;

/// <summary>Closed by the partnership, only with evidence that the action changed practice.</summary>
public sealed record ActionClosed(Guid ActionId, Guid OwnerOrganisationId, string EvidenceOfImpact, Actor By, DateTimeOffset At) : IDomainEvent;
