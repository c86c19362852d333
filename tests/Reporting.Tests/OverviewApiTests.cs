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
using Safeguarding.Testing.Producers;

namespace Safeguarding.Reporting.Tests;

[Collection(nameof(ReportingServiceCollection))]
public class OverviewApiTests(ReportingService service)
{
    private readonly string _partnership = TestTokens.NewPartnership();

    private HttpClient Reader(string partnership) => service.Host.ClientFor(partnership, Roles.BoardReader);

    private async Task<PartnershipOverview> OverviewOf(string partnership) =>
        await (await Reader(partnership).GetAsync("/api/reports/overview?year=2027")).ReadAsync<PartnershipOverview>();

    [Fact]
    public async Task Every_area_is_counted_for_its_own_partnership_only()
    {
        var clock = new ProducerClock(DateTimeOffset.UtcNow);
        var programme = new ProgrammeProducer(_partnership, clock);
        var cafcass = programme.Register("Cafcass", OrganisationKind.RelevantAgency);
        programme.CreateProgramme(2027);
        var audit = new AuditProducer(
            programme.AuditScheduled(programme.Schedule(ScheduledItemKind.ThematicAudit, 1, "Neglect", CaseCategory.EarlyHelp)), new HashSet<Guid> { cafcass }, clock);
        var section11 = new Section11Producer(_partnership, programme.Directory, clock, 2027, clock.Today.AddDays(60), "rag").Invite(cafcass);
        var learning = new LearningProducer(_partnership, new HashSet<Guid> { cafcass }, clock);
        learning.RecordAction("Train every team on neglect.", cafcass, clock.Today.AddDays(30));

        await service.Host.PublishAsync([.. programme.Sent, .. audit.Sent, .. section11.Sent, .. learning.Sent]);

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
        var clock = new ProducerClock(DateTimeOffset.UtcNow);
        var programme = new ProgrammeProducer(_partnership, clock);
        programme.CreateProgramme(2027);
        var (first, second) = (Thematic(programme, 2, "Neglect"), Thematic(programme, 3, "Marker"));
        var message = new AuditProducer(programme.AuditScheduled(first), new HashSet<Guid>(), clock).Sent.OfType<AuditOpened>().Single();
        var marker = new AuditProducer(programme.AuditScheduled(second), new HashSet<Guid>(), clock).Sent.OfType<AuditOpened>().Single();

        Assert.True(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        Assert.False(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        await service.Host.PublishAsync(message);
        await service.Host.PublishAsync(marker);

        await Eventually.Get(() => OverviewOf(_partnership), o => o.Freshness.EventsBehind == 0);
        await using var session = store.QuerySession(_partnership);
        Assert.Equal(2, await session.Events.QueryAllRawEvents().CountAsync());
    }

    [Fact]
    public async Task A_concern_raised_in_the_new_year_on_last_years_audit_counts_in_the_audits_year_only()
    {
        var clock = new ProducerClock(new DateTimeOffset(2027, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var programme = new ProgrammeProducer(_partnership, clock);
        var police = programme.Register("Merseyside Police", OrganisationKind.StatutoryPartner);
        programme.CreateProgramme(2027);
        var audit = new AuditProducer(programme.AuditScheduled(Thematic(programme, 4, "Neglect")), new HashSet<Guid> { police }, clock)
            .OpenReturns([("SH-2027-901", CaseCategory.ChildProtection), ("SH-2027-902", CaseCategory.ChildProtection), ("SH-2027-903", CaseCategory.ChildProtection),
                ("SH-2027-904", CaseCategory.ChildProtection)], _ => [police]);
        clock.MoveTo(new DateTimeOffset(2028, 1, 10, 9, 0, 0, TimeSpan.Zero));
        audit.RaiseConcern("SH-2027-901", police, "A child at risk tonight.");

        await service.Host.PublishAsync([.. programme.Sent, .. audit.Sent]);

        var ofTheAuditsYear = await Eventually.Get(() => OverviewOf(_partnership), o => o.Audits.ImmediateConcerns == 1 && o.Freshness.EventsBehind == 0);
        var ofTheNewYear = await (await Reader(_partnership).GetAsync("/api/reports/overview?year=2028")).ReadAsync<PartnershipOverview>();
        Assert.Equal(1, ofTheAuditsYear.Audits.ImmediateConcerns);
        Assert.Equal(0, ofTheNewYear.Audits.ImmediateConcerns);
    }

    private static Guid Thematic(ProgrammeProducer programme, int quarter, string theme) =>
        programme.Schedule(ScheduledItemKind.ThematicAudit, quarter, theme, CaseCategory.ChildProtection);

    [Fact]
    public async Task The_read_models_lag_is_a_metric_for_the_dashboard()
    {
        var observed = new System.Collections.Concurrent.ConcurrentBag<long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ReadModelLagCheck.MeterName && instrument.Name == ReadModelLagCheck.LagInstrument)
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
