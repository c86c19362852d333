using Marten.Metadata;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Audit.Erasure;

/// <summary>What one service confirmed: how many of its stored events and documents it masked.</summary>
public sealed record ServiceConfirmation(ErasingService Service, int Events, int Documents, DateTimeOffset At);

/// <summary>
/// A case's erasure as the coordinator follows it: asked for, and confirmed service by service. It never keeps the
/// erased key, only the one left in its place.
/// </summary>
[KeptAs(RecordKind.Erasures, Policies.ReadAccessLog)]
public sealed record CaseErasureRequest(
    Guid Id,
    [NotPersonal("The key left in the case's place: it names no child.")] string ErasedAs,
    Actor RequestedBy,
    DateTimeOffset RequestedAt,
    IReadOnlyList<ServiceConfirmation> Confirmations) : IVersioned, ITenanted
{
    public long Version { get; init; }

    public string? TenantId { get; set; }

    /// <summary>The services that have not confirmed yet, in the order the vocabulary lists them.</summary>
    public IReadOnlyList<ErasingService> Waiting => [.. Enum.GetValues<ErasingService>().Except(Confirmations.Select(c => c.Service))];

    public bool Complete => Waiting.Count == 0;

    public static CaseErasureRequest Create(CaseErasureRequested e) => new(e.ErasureId, e.ErasedAs, e.By, e.At, []);

    public CaseErasureRequest Apply(CaseErasureConfirmed e) =>
        this with { Confirmations = [.. Confirmations, new ServiceConfirmation(e.Service, e.Events, e.Documents, e.At)] };
}
