using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>One agency's part in an audit's returns: how many cases it was asked about, and which returns it has sent.</summary>
public sealed record RequestedReturns(Guid OrganisationId, int Cases, IReadOnlyList<Guid> Submitted);

/// <summary>What an audit asked of agencies, by when, and whether it still asks (until its returns close or it ends).</summary>
public sealed record ReturnRequestsRow
{
    public Guid Id { get; init; }

    public Theme? Theme { get; init; }

    public DateOnly? Due { get; init; }

    public IReadOnlyList<RequestedReturns> Agencies { get; init; } = [];

    public bool Closed { get; init; }
}

public sealed class ReturnRequestsProjection : MultiStreamProjection<ReturnRequestsRow, Guid>
{
    public ReturnRequestsProjection()
    {
        Identity<ReturnRequested>(e => e.AuditId);
        Identity<ReturnSubmitted>(e => e.AuditId);
        Identity<ReturnsClosed>(e => e.AuditId);
        Identity<AuditClosed>(e => e.AuditId);
        Identity<AuditCancelled>(e => e.AuditId);
    }

    public static ReturnRequestsRow Apply(ReturnRequested e, ReturnRequestsRow row) =>
        With(row with { Theme = e.Theme, Due = e.ReturnsDue }, e.AuditId, e.OrganisationId, agency => agency with { Cases = e.Cases });

    // A return sent again for the same case replaces the first: its key is counted once.
    public static ReturnRequestsRow Apply(ReturnSubmitted e, ReturnRequestsRow row) =>
        With(row with { Theme = e.Theme }, e.AuditId, e.OrganisationId, agency => agency with { Submitted = [.. agency.Submitted.Union([e.ReturnKey])] });

    public static ReturnRequestsRow Apply(ReturnsClosed e, ReturnRequestsRow row) => row with { Id = e.AuditId, Theme = e.Theme, Closed = true };

    public static ReturnRequestsRow Apply(AuditClosed e, ReturnRequestsRow row) => row with { Id = e.AuditId, Theme = e.Theme, Closed = true };

    public static ReturnRequestsRow Apply(AuditCancelled e, ReturnRequestsRow row) => row with { Id = e.AuditId, Theme = e.Theme, Closed = true };

    private static ReturnRequestsRow With(ReturnRequestsRow row, Guid auditId, Guid organisationId, Func<RequestedReturns, RequestedReturns> change) =>
        row with
        {
            Id = auditId,
            Agencies =
            [
                .. row.Agencies.Where(a => a.OrganisationId != organisationId),
                change(row.Agencies.FirstOrDefault(a => a.OrganisationId == organisationId) ?? new RequestedReturns(organisationId, 0, [])),
            ],
        };
}
