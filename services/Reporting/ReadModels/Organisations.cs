using Marten.Events.Projections;
using Safeguarding.Contracts.Privacy;
using Safeguarding.Contracts.Programme;

namespace Safeguarding.Reporting.ReadModels;

/// <summary>An organisation of the partnership, by name, for the rows and columns of reports.</summary>
[NotPersonal("An organisation in the directory: its name and kind, no person.")]
public sealed record OrganisationRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Kind { get; init; } = "";

    public DateTimeOffset At { get; init; }
}

public sealed class OrganisationProjection : MultiStreamProjection<OrganisationRow, Guid>
{
    public OrganisationProjection()
    {
        Identity<OrganisationRegistered>(e => e.OrganisationId);
        Identity<OrganisationUpdated>(e => e.OrganisationId);
    }

    public static OrganisationRow Apply(OrganisationRegistered e, OrganisationRow row) =>
        row.At > e.OccurredAt ? row : new OrganisationRow { Id = e.OrganisationId, Name = e.Name, Kind = e.Kind.ToString(), At = e.OccurredAt };

    public static OrganisationRow Apply(OrganisationUpdated e, OrganisationRow row) =>
        row.At > e.OccurredAt ? row : new OrganisationRow { Id = e.OrganisationId, Name = e.Name, Kind = e.Kind.ToString(), At = e.OccurredAt };
}
