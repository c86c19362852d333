using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts.Audit;
using Safeguarding.Contracts.Learning;
using Safeguarding.Notifications.Concerns;
using Safeguarding.Notifications.Returns;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

[Collection(nameof(NotificationsServiceCollection))]
public class ClosureDaysTests(NotificationsService service)
{
    [Fact]
    public async Task A_partnership_closure_day_is_skipped_when_late_returns_are_chased_and_an_unacknowledged_concern_is_escalated()
    {
        var friday = new DateTimeOffset(2027, 3, 5, 14, 0, 0, TimeSpan.Zero); // returns opened now are due on Saturday
        var monday = new DateOnly(2027, 3, 8);
        var scenario = new AuditScenario(friday);
        var police = scenario.Agency("Merseyside Police");
        var closures = scenario.Learning(police.Id).SetClosureDays(monday).Sent.OfType<ClosureDaysChanged>().Single();
        using var heard = Consumed<ClosureDaysChanged>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);
        await service.Host.PublishAsync(closures);
        await heard.WaitForAsync(DirectoryCopies.ConsumersOf<ClosureDaysChanged>());
        await service.Host.PublishDirectoryAsync(scenario, police.Id);
        var audit = scenario.OpenReturns(police.Id).RaiseConcern("SH-2027-000", police.Id, "No strategy discussion held.");
        var raised = audit.Sent.OfType<ImmediateConcernRaised>().Single();
        using var requested = Consumed<ReturnRequested>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);
        using var concerns = Consumed<ImmediateConcernRaised>.On(service.Host.Services.GetRequiredService<IBus>(), scenario.Partnership);

        await service.Host.PublishAsync(audit.Sent);
        await requested.WaitForAsync(DirectoryCopies.ConsumersOf<ReturnRequested>());
        await concerns.WaitForAsync(DirectoryCopies.ConsumersOf<ImmediateConcernRaised>());

        await using var session = service.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(scenario.Partnership);
        var returns = await session.LoadAsync<ReturnsWatch>(ReturnsWatch.IdFor(audit.Audit.Id, police.Id));
        var concern = await session.LoadAsync<ConcernWatch>(raised.ConcernId);
        Assert.Equal(new DateTimeOffset(2027, 3, 9, 9, 0, 0, TimeSpan.Zero), returns!.NextCheckAt); // Tuesday, not Monday
        Assert.Equal(raised.OccurredAt.AddDays(4), concern!.EscalateAt); // Friday afternoon to Tuesday afternoon
    }
}
