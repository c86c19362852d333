using Marten;
using Safeguarding.Contracts;
using Safeguarding.Section11.Cycles;

namespace Safeguarding.Section11.Assessments;

/// <summary>One organisation's return as it stands in one partnership, with the cycle it belongs to.</summary>
public sealed record PartnershipReturn(string PartnershipId, Assessment Assessment, Section11Cycle Cycle);

/// <summary>
/// An organisation that serves several partnerships answers once (DOMAIN.md: "answers one Section 11 audit that every
/// partnership it serves can read"). Its submission is shared into every other partnership's cycle of the same year and
/// kind that invited it, provided both cycles use the same framework version and scoring scheme, so the answers mean
/// the same there. Challenge and moderation stay in each partnership's own stream.
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

    /// <summary>Every return of these organisations, in every partnership and year, with its cycle.</summary>
    public static async Task<IReadOnlyList<PartnershipReturn>> FindAsync(IQuerySession session, IReadOnlyList<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var organisations = organisationIds.ToArray();
        var assessments = await session.Query<Assessment>()
            .Where(a => a.AnyTenant() && a.OrganisationId.IsOneOf(organisations))
            .ToListAsync(cancellationToken);
        var cycleIds = assessments.Select(a => a.CycleId).ToArray();
        var cycles = await session.Query<Section11Cycle>().Where(c => c.AnyTenant() && c.Id.IsOneOf(cycleIds)).ToListAsync(cancellationToken);
        return
        [
            .. assessments
                .Select(a => (Assessment: a, Cycle: cycles.FirstOrDefault(c => c.Id == a.CycleId && c.TenantId == a.TenantId)))
                .Where(x => x.Cycle is not null && x.Assessment.TenantId is not null)
                .Select(x => new PartnershipReturn(x.Assessment.TenantId!, x.Assessment, x.Cycle!)),
        ];
    }
}
