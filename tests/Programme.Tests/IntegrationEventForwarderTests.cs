using System.Collections.Concurrent;
using System.Reflection;
using JasperFx.Events;
using JasperFx.Events.Projections;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Safeguarding.Contracts;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.Programme.Messaging;
using Safeguarding.Programme.Programmes;

namespace Safeguarding.Programme.Tests;

/// <summary>The outbox never lets a publish failure escape: an escaped exception would pause its subscription.</summary>
public sealed class IntegrationEventForwarderTests
{
    [Fact]
    public async Task A_publish_the_bus_cancels_on_its_own_is_tried_again_until_it_is_sent()
    {
        var bus = DispatchProxy.Create<IBus, BusThatCancelsTheFirstPublish>();
        var forwarder = new IntegrationEventForwarder(bus, new ProgrammeIntegrationEvents(), NullLogger<IntegrationEventForwarder>.Instance);
        var created = new JasperFx.Events.Event<AuditProgrammeCreated>(new AuditProgrammeCreated(Guid.NewGuid(), 2028, new Actor("coordinator", null), DateTimeOffset.UtcNow))
        {
            Id = Guid.NewGuid(),
            TenantId = "st-helens",
        };

        await forwarder.ProcessEventsAsync(
            new EventRange(new ShardName(forwarder.Name), 1) { Events = [created] }, null!, null!, CancellationToken.None);

        var sent = Assert.Single(((BusThatCancelsTheFirstPublish)(object)bus).Sent);
        Assert.Equal(created.Id, sent.EventId);
    }

    /// <summary>As MassTransit behaves when the broker drops the connection under a publish: a cancellation nobody asked for.</summary>
    public class BusThatCancelsTheFirstPublish : DispatchProxy
    {
        private int _publishes;

        public ConcurrentQueue<IIntegrationEvent> Sent { get; } = new();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IBus.Publish) || args?[0] is not IIntegrationEvent message)
            {
                throw new NotSupportedException(targetMethod?.Name);
            }

            if (Interlocked.Increment(ref _publishes) == 1)
            {
                return Task.FromException(new OperationCanceledException("The channel closed under the publish."));
            }

            Sent.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
