using Safeguarding.Contracts;
using Safeguarding.ServiceDefaults.EventStore;

namespace Safeguarding.Section11.Cycles;

public sealed record Section11CycleOpened(Guid CycleId, int Year, DateOnly Deadline, Actor By, DateTimeOffset At) : IDomainEvent;
