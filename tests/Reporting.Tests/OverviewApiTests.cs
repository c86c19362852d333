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

    private Task<OverviewResponse> OverviewOf(string partnership) =>
        Reader(partnership).GetAsync("/api/reports/overview").ContinueWith(r => r.Result.ReadAsync<OverviewResponse>()).Unwrap();

    private Task Publish(IIntegrationEvent message) =>
        service.Host.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), c => c.MessageId = message.EventId);

    [Fact]
    public async Task Every_area_is_counted_for_its_own_partnership_only()
    {
        var now = DateTimeOffset.UtcNow;
        await Publish(new OrganisationRegistered(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), "Cafcass", OrganisationKind.RelevantAgency));
        await Publish(new AuditProgrammeCreated(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), 2027));
        await Publish(new AuditScheduled(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), Guid.NewGuid(), 2027, 1, "Neglect", [CaseCategory.EarlyHelp]));
        await Publish(new AuditOpened(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), "Neglect", 2027, 1));
        await Publish(new CycleLaunched(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), SelfAssessmentKind.Section11, 2027, new DateOnly(2027, 3, 31), "section-11", "self-score-0-3"));
        await Publish(new ActionCreated(Guid.NewGuid(), _partnership, now, Someone, Guid.NewGuid(), "Train", "Manual", null, Guid.NewGuid(), new DateOnly(2027, 1, 1)));

        var overview = await Eventually.Get(() => OverviewOf(_partnership), o => o.Learning.ImprovementActions == 1 && o.Audit.AuditsOpened == 1
            && o.Programme is { Organisations: 1, Programmes: 1, AuditsScheduled: 1 } && o.Section11.Cycles == 1);

        Assert.Equal(_partnership, overview.PartnershipId);
        var outsider = await OverviewOf(TestTokens.NewPartnership());
        Assert.Equal(new ProgrammeArea(0, 0, 0), outsider.Programme);
        Assert.Equal(0, outsider.Audit.AuditsOpened);
    }

    [Fact]
    public async Task A_message_delivered_twice_is_logged_and_counted_once()
    {
        var store = service.Host.Services.GetRequiredService<IDocumentStore>();
        var message = new AuditOpened(Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Someone, Guid.NewGuid(), "Neglect", 2027, 2);

        Assert.True(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        Assert.False(await IntegrationEventLog.AppendOnceAsync(store, message, message.EventId, default));
        await Publish(message);
        var marker = new AuditOpened(Guid.NewGuid(), _partnership, DateTimeOffset.UtcNow, Someone, Guid.NewGuid(), "Marker", 2027, 3);
        await Publish(marker);

        var overview = await Eventually.Get(() => OverviewOf(_partnership), o => o.Audit.AuditsOpened >= 2);
        await using var session = store.QuerySession(_partnership);
        Assert.Equal(2, await session.Events.QueryAllRawEvents().CountAsync());
        Assert.Equal(2, overview.Audit.AuditsOpened);
    }

    [Fact]
    public async Task The_overview_needs_a_token() =>
        await (await service.Host.CreateClient().GetAsync("/api/reports/overview")).ReadProblemAsync(401);

    [Fact]
    public async Task A_partnership_with_nothing_yet_reads_as_zeros()
    {
        var response = await Reader(_partnership).GetAsync("/api/reports/overview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.ReadAsync<OverviewResponse>()).Programme.Organisations);
    }
}
