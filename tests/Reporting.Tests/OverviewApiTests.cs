using System.Net;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Contracts.Programme;
using Safeguarding.Contracts.Section11;
using Safeguarding.Reporting.Inbox;
using Safeguarding.Reporting.Overview;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

[Collection(nameof(ReportingServiceCollection))]
public class OverviewApiTests(ReportingService service)
{
    private static readonly Actor Someone = new("test-user", null);
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Reader(string partnership) => service.Host.ClientFor(partnership, Roles.BoardReader);

    private async Task<PartnershipOverview> OverviewOf(string partnership) =>
        await (await Reader(partnership).GetAsync("/api/reports/overview?year=2027")).ReadAsync<PartnershipOverview>();

    [Fact]
    public async Task Every_area_is_counted_for_its_own_partnership_only()
    {
        var now = DateTimeOffset.UtcNow;
        var audit = Guid.NewGuid();
        await service.Host.PublishAsync(new OrganisationRegistered(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), "Cafcass", OrganisationKind.RelevantAgency));
        await service.Host.PublishAsync(new AuditScheduled(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), audit, 2027, 1, Theme.From("Neglect"), [CaseCategory.EarlyHelp]));
        await service.Host.PublishAsync(new AuditOpened(Guid.NewGuid(), _partnership, now, Someone, audit, Theme.From("Neglect"), 2027, 1));
        await service.Host.PublishAsync(new OrganisationsInvited(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), SelfAssessmentKind.Section11, 2027, [Guid.NewGuid()]));
        await service.Host.PublishAsync(new ActionCreated(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), "Train", ActionSourceKind.Manual, null, Guid.NewGuid(), new DateOnly(2027, 1, 1)));

        var overview = await Eventually.Get(() => OverviewOf(_partnership), o => o.Actions.Total == 1 && o.Programme.Scheduled == 1 && o.Organisations == 1 && o.Cycles.Count == 1);

        Assert.Equal(_partnership, overview.PartnershipId);
        var outsider = await OverviewOf(TestTokens.NewPartnership());
        Assert.Equal(new ProgrammeFigures(0, 0, 0, 0, 0), outsider.Programme);
        Assert.Equal(0, outsider.Actions.Total);
    }

    [Fact]
    public async Task A_message_delivered_twice_is_logged_and_counted_once()
    {
        var store = service.Host.Services.GetRequiredService<IDocumentStore>();
        var message = new AuditOpened(Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Someone, Guid.NewGuid(), Theme.From("Neglect"), 2027, 2);

        Assert.True(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        Assert.False(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        await service.Host.PublishAsync(message);
        var marker = new AuditOpened(Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Someone, Guid.NewGuid(), Theme.From("Marker"), 2027, 3);
        await service.Host.PublishAsync(marker);

        await Eventually.Get(() => OverviewOf(_partnership), o => o.Freshness.EventsBehind == 0);
        await using var session = store.QuerySession(_partnership);
        Assert.Equal(2, await session.Events.QueryAllRawEvents().CountAsync());
    }

    [Fact]
    public async Task The_read_models_lag_is_a_metric_for_the_dashboard()
    {
        var observed = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == FreshnessMetric.MeterName && instrument.Name == FreshnessMetric.LagInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => observed.Add(value));
        listener.Start();

        await Eventually.Get(() => Task.FromResult(observed.Count), _ => { listener.RecordObservableInstruments(); return !observed.IsEmpty; });

        Assert.All(observed, lag => Assert.True(lag >= 0));
    }

    [Fact]
    public async Task The_overview_needs_a_token() =>
        await (await service.Host.CreateClient().GetAsync("/api/reports/overview")).ReadProblemAsync(401);

    [Fact]
    public async Task A_partnership_with_nothing_yet_reads_as_zeros()
    {
        var response = await Reader(_partnership).GetAsync("/api/reports/overview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.ReadAsync<PartnershipOverview>()).Organisations);
    }
}
