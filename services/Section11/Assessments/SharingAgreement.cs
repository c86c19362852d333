using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Http;
using Safeguarding.ServiceDefaults;

namespace Safeguarding.Section11.Assessments;

/// <summary>
/// The partnerships an organisation, in the partnership its users sign in to, agreed to share its submissions with;
/// kept inline. Nothing it submits reaches another partnership unless that partnership is named here.
/// </summary>
public sealed record SharingAgreement(
    Guid Id,
    Guid OrganisationId,
    [NotPersonal("The partnerships it shares with.")] IReadOnlyList<string> Partnerships) : IVersioned, ITenanted
{
    public long Version { get; init; }

    /// <summary>The partnership whose organisation agreed, filled in by Marten.</summary>
    public string? TenantId { get; set; }

    public static Guid IdFor(string partnershipId, Guid organisationId) =>
        DeterministicGuid.Create("section11-sharing", partnershipId, organisationId.ToString());

    public static SharingAgreement Create(SharingAgreed agreed) => new(agreed.AgreementId, agreed.OrganisationId, [agreed.WithPartnership]);

    public SharingAgreement Apply(SharingAgreed agreed) => this with { Partnerships = [.. Partnerships, agreed.WithPartnership] };

    public SharingAgreement Apply(SharingWithdrawn withdrawn) => this with { Partnerships = [.. Partnerships.Where(p => p != withdrawn.WithPartnership)] };
}
