using Marten;
using Safeguarding.Contracts;
using Safeguarding.Programme.Priorities;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Programme.Messaging;

/// <summary>
/// The loop's one way in: what another service found becomes a candidate priority, linked to its source, for the
/// coordinator to accept or dismiss. The candidate's id comes from its source, so a redelivery adds nothing.
/// </summary>
public static class CandidatePriorities
{
    public static async Task ProposeOnceAsync(
        IDocumentStore store, string partnershipId, PriorityDetails details, Actor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var priorityId = DeterministicGuid.Create("candidate-priority", details.Source!.Kind.ToString(), details.Source.Reference ?? "");
        await using var session = store.LightweightSession(partnershipId);
        if (await session.Events.FetchStreamStateAsync(priorityId, cancellationToken) is not null)
        {
            return;
        }

        session.Events.StartStream<Priority>(priorityId, new PriorityProposed(priorityId, details, by, at));
        await session.SaveChangesAsync(cancellationToken);
    }
}
