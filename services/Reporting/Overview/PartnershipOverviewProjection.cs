using Marten.Events.Projections;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;

namespace Safeguarding.Reporting.Overview;

/// <summary>
/// One overview per partnership (conjoined tenancy keeps each partnership's document apart), built by the
/// async daemon from the inbox log. Counts commute, so the order messages arrived in does not matter.
/// </summary>
public sealed class PartnershipOverviewProjection : MultiStreamProjection<PartnershipOverview, string>
{
    public PartnershipOverviewProjection()
    {
        Identity<IIntegrationEvent>(_ => PartnershipOverview.DocumentId);
    }

    public static PartnershipOverview Apply(OrganisationRegistered e, PartnershipOverview view) =>
        Seen(e, view with { Programme = view.Programme with { Organisations = view.Programme.Organisations + 1 } });

    public static PartnershipOverview Apply(AuditProgrammeCreated e, PartnershipOverview view) =>
        Seen(e, view with { Programme = view.Programme with { Programmes = view.Programme.Programmes + 1 } });

    public static PartnershipOverview Apply(AuditScheduled e, PartnershipOverview view) =>
        Seen(e, view with { Programme = view.Programme with { AuditsScheduled = view.Programme.AuditsScheduled + 1 } });

    public static PartnershipOverview Apply(AuditOpened e, PartnershipOverview view) =>
        Seen(e, view with { Audit = view.Audit with { AuditsOpened = view.Audit.AuditsOpened + 1 } });

    public static PartnershipOverview Apply(CycleLaunched e, PartnershipOverview view) =>
        Seen(e, view with { Section11 = view.Section11 with { Cycles = view.Section11.Cycles + 1 } });

    public static PartnershipOverview Apply(ActionCreated e, PartnershipOverview view) =>
        Seen(e, view with { Learning = view.Learning with { ImprovementActions = view.Learning.ImprovementActions + 1 } });

    private static PartnershipOverview Seen(IIntegrationEvent e, PartnershipOverview view) =>
        view with { LastEventAt = view.LastEventAt is { } last && last > e.OccurredAt ? last : e.OccurredAt };
}
