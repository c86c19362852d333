using System.ComponentModel.DataAnnotations;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Audit.Erasure;

/// <summary>Erase a case, by its pseudonymous key, from every service.</summary>
public sealed record RequestCaseErasure([Required, PseudonymousKey] string? CaseKey);

public static class CaseErasureDecisions
{
    public static Decision Request(RequestCaseErasure command, Guid erasureId, Actor by, DateTimeOffset at) =>
        Decision.From(new ValidationErrors().Check(command), () => Decision.Accept(Requested(erasureId, command.CaseKey!, by, at)));

    /// <summary>The erasure of a case whose key is already known to be one: the start of its stream.</summary>
    public static CaseErasureRequested Requested(Guid erasureId, string caseKey, Actor by, DateTimeOffset at) =>
        new(erasureId, caseKey, ErasedAs(erasureId), by, at);

    /// <summary>A service's confirmation, once: a redelivered one changes nothing.</summary>
    public static IReadOnlyList<object> Confirm(CaseErasureRequest request, CaseErased confirmed) =>
        request.Confirmations.Any(c => c.Service == confirmed.Service)
            ? []
            : [new CaseErasureConfirmed(request.Id, confirmed.Service, confirmed.Events, confirmed.Documents, Actor.System, confirmed.OccurredAt)];

    /// <summary>
    /// The key left in the case's place: unique to the erasure, shaped like any case key ("ER-0417-2390") so every service
    /// that reads keys still reads it, and made of the erasure's id alone, so it says nothing about the child.
    /// </summary>
    public static string ErasedAs(Guid erasureId)
    {
        var bytes = erasureId.ToByteArray();
        return $"ER-{BitConverter.ToUInt32(bytes, 0) % 10000:D4}-{BitConverter.ToUInt32(bytes, 4) % 10000:D4}";
    }
}
