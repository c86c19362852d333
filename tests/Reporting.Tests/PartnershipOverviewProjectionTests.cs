using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Programme;
using Safeguarding.Reporting.Overview;

namespace Safeguarding.Reporting.Tests;

public class PartnershipOverviewProjectionTests
{
    private static readonly Actor Someone = new("user", null);
    private static readonly DateTimeOffset Earlier = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Earlier.AddDays(3);

    [Fact]
    public void Each_event_counts_in_its_area_whatever_the_order()
    {
        var opened = new AuditOpened(Guid.NewGuid(), "p", Later, Someone, Guid.NewGuid(), "Neglect", 2027, 1);
        var registered = new OrganisationRegistered(Guid.NewGuid(), "p", Earlier, Someone, Guid.NewGuid(), "Cafcass", OrganisationKind.RelevantAgency);

        var oneWay = PartnershipOverviewProjection.Apply(registered, PartnershipOverviewProjection.Apply(opened, new PartnershipOverview()));
        var otherWay = PartnershipOverviewProjection.Apply(opened, PartnershipOverviewProjection.Apply(registered, new PartnershipOverview()));

        Assert.Equal(oneWay, otherWay);
        Assert.Equal(1, oneWay.Audit.AuditsOpened);
        Assert.Equal(1, oneWay.Programme.Organisations);
        Assert.Equal(Later, oneWay.LastEventAt);
    }
}
