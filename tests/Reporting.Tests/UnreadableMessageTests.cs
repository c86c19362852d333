using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Reporting.Messaging;
using Safeguarding.Testing;

namespace Safeguarding.Reporting.Tests;

/// <summary>
/// What an Audit build from before the typed contracts sent: a finding's kind as free text ("Strength", a word Reporting
/// never counted). Same message name and exchange as the real contract, so it reaches Reporting's inbox.
/// </summary>
[MessageUrn("safeguarding:audit:finding-recorded:v1")]
[EntityName("audit.finding-recorded.v1")]
public sealed record FindingRecordedWithAFreeTextKind(
    Guid EventId, string PartnershipId, DateTimeOffset OccurredAt, Actor Actor, Guid AuditId, string Theme, int Year, Guid FindingId, string Kind, string Text);

[Collection(nameof(ReportingServiceCollection))]
public class UnreadableMessageTests(ReportingService service)
{
    [Fact]
    public async Task A_value_its_contract_does_not_have_goes_to_the_error_queue_at_once_with_the_reason()
    {
        var partnership = TestTokens.NewPartnership();
        var unreadable = new FindingRecordedWithAFreeTextKind(
            Guid.NewGuid(), partnership, DateTimeOffset.UtcNow, Actor.System, Guid.NewGuid(), "Neglect", 2027, Guid.NewGuid(), "Strength", "Plans were reviewed.");

        await service.Host.Services.GetRequiredService<IBus>().Publish(unreadable, context => context.MessageId = unreadable.EventId);

        var faulted = await ErrorQueue.TakeAsync(service.Host.RabbitMq.AmqpUri, service.Host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<IntegrationEventInbox>(), TimeSpan.FromSeconds(30));
        Assert.Contains("\"Strength\" is not a FindingKind: one of GoodPractice, AreaForDevelopment", faulted.FaultMessage);
        Assert.Contains(unreadable.FindingId.ToString(), faulted.Body);
    }
}
