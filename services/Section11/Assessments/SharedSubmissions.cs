using Marten;
using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Assessments;

/// <summary>One organisation's return as it stands in one partnership, with the cycle it belongs to.</summary>
public sealed record PartnershipReturn(string PartnershipId, Assessment Assessment, Section11Cycle Cycle);

/// <summary>Every return of some organisations, in every partnership, and what each organisation agreed to share where.</summary>
public sealed record OrganisationReturns(IReadOnlyList<PartnershipReturn> Returns, IReadOnlyList<SharingAgreement> Agreements)
{
    public static readonly OrganisationReturns None = new([], []);

    /// <summary>Whether the organisation, in the partnership it submitted in, agreed to share with the target partnership.</summary>
    public bool Agreed(PartnershipReturn source, string targetPartnership) =>
        Agreements.Any(a => a.TenantId == source.PartnershipId && a.OrganisationId == source.Assessment.OrganisationId && a.Partnerships.Contains(targetPartnership));

    /// <summary>What each target return receives of these submissions: only what the organisation agreed to share with its partnership.</summary>
    public IReadOnlyList<(string Partnership, SharedSubmissionReceived Shared)> SharesOf(
        IEnumerable<PartnershipReturn> sources, IEnumerable<PartnershipReturn> targets, Actor by, DateTimeOffset now) =>
        [
            .. targets
                .Select(target => (target.PartnershipId, Shared: sources
                    .Where(source => Agreed(source, target.PartnershipId))
                    .Select(source => SharedSubmissions.Share(source, target, by, now))
                    .FirstOrDefault(shared => shared is not null)))
                .Where(x => x.Shared is not null)
                .Select(x => (x.PartnershipId, x.Shared!)),
        ];
}

/// <summary>
/// An organisation that serves several partnerships answers once (DOMAIN.md: "answers one Section 11 audit that every
/// partnership it serves can read"). Its submission is shared into another partnership's cycle of the same year and
/// kind that invited it when the organisation agreed to share with that partnership, and both cycles use the same
/// framework version and scoring scheme, so the answers mean the same there. Challenge and moderation stay in each
/// partnership's own stream.
/// </summary>
public static class SharedSubmissions
{
    public static bool Compatible(Section11Cycle source, Section11Cycle target) =>
        source.Year == target.Year
        && source.Framework.Kind == target.Framework.Kind
        && source.Framework.Key == target.Framework.Key
        && source.Framework.Version == target.Framework.Version
        && source.Scheme.Key == target.Scheme.Key;

    /// <summary>What a partnership receives of a submission made in another; nothing when the cycles differ or it has its own submission.</summary>
    public static SharedSubmissionReceived? Share(PartnershipReturn source, PartnershipReturn target, Actor by, DateTimeOffset now) =>
        source.PartnershipId != target.PartnershipId && source.Assessment.IsSubmitted && source.Assessment.SharedFrom is null
        && !target.Assessment.IsSubmitted && Compatible(source.Cycle, target.Cycle)
            ? new SharedSubmissionReceived(
                target.Assessment.Id, target.Assessment.CycleId, target.Assessment.OrganisationId, source.PartnershipId, source.Assessment.Id,
                [.. source.Assessment.Answers.Select(a => new CarriedAnswer(a.Indicator, a.Score, a.Narrative))],
                source.Assessment.Evidence, source.Assessment.SignOffs, source.Assessment.SubmittedAt ?? now, by, now, target.Cycle.Framework.Kind, target.Cycle.Year,
                AssessmentDecisions.ScoresOf(target.Cycle, source.Assessment.Answers))
            : null;

    /// <summary>The one action of a partnership that writes into another's streams: what the organisation agreed to share.</summary>
    public static void Append(IDocumentSession session, IEnumerable<(string Partnership, SharedSubmissionReceived Shared)> shares)
    {
        foreach (var (partnership, shared) in shares)
        {
            session.ForTenant(partnership).Events.Append(shared.AssessmentId, shared);
        }
    }

    /// <summary>Every return of these organisations, in every partnership and year, with its cycle, and their sharing agreements.</summary>
    public static async Task<OrganisationReturns> FindAsync(IQuerySession session, IReadOnlyList<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var organisations = organisationIds.ToArray();
        var assessments = await session.Query<Assessment>()
            .Where(a => a.AnyTenant() && a.OrganisationId.IsOneOf(organisations))
            .ToListAsync(cancellationToken);
        var cycleIds = assessments.Select(a => a.CycleId).ToArray();
        var cycles = await session.Query<Section11Cycle>().Where(c => c.AnyTenant() && c.Id.IsOneOf(cycleIds)).ToListAsync(cancellationToken);
        var agreements = await session.Query<SharingAgreement>().Where(a => a.AnyTenant() && a.OrganisationId.IsOneOf(organisations)).ToListAsync(cancellationToken);
        return new(
            [
                .. assessments
                    .Select(a => (Assessment: a, Cycle: cycles.FirstOrDefault(c => c.Id == a.CycleId && c.TenantId == a.TenantId)))
                    .Where(x => x.Cycle is not null && x.Assessment.TenantId is not null)
                    .Select(x => new PartnershipReturn(x.Assessment.TenantId!, x.Assessment, x.Cycle!)),
            ],
            agreements);
    }
}
