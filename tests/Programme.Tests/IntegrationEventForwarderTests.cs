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
        var created = ProgrammeCreated();

        await forwarder.ProcessEventsAsync(
            new EventRange(new ShardName(forwarder.Name), 1) { Events = [created] }, null!, null!, CancellationToken.None);

        Assert.Equal(created.Id, Assert.Single(((BusThatCancelsTheFirstPublish)(object)bus).Sent).EventId);
    }

    [Fact]
    public async Task A_publish_that_never_completes_and_ignores_its_token_is_abandoned_and_sent_again()
    {
        var bus = DispatchProxy.Create<IBus, BusThatHangsOnTheFirstPublish>();
        var forwarder = new IntegrationEventForwarder(bus, new ProgrammeIntegrationEvents(), NullLogger<IntegrationEventForwarder>.Instance);
        var created = ProgrammeCreated();

        // Bounded so that, without the fix, the test fails instead of hanging the run.
        await forwarder.ProcessEventsAsync(new EventRange(new ShardName(forwarder.Name), 1) { Events = [created] }, null!, null!, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(created.Id, Assert.Single(((BusThatHangsOnTheFirstPublish)(object)bus).Sent).EventId);
    }

    private static JasperFx.Events.Event<AuditProgrammeCreated> ProgrammeCreated() =>
        new(new AuditProgrammeCreated(Guid.NewGuid(), 2028, new Actor("coordinator", null), DateTimeOffset.UtcNow))
        {
            Id = Guid.NewGuid(),
            TenantId = "st-helens",
        };

    /// <summary>A bus whose first publish fails as <see cref="First"/> says; every later one is sent.</summary>
    public abstract class BusThatFailsTheFirstPublish : DispatchProxy
    {
        private int _publishes;

        public ConcurrentQueue<IIntegrationEvent> Sent { get; } = new();

        protected abstract Task First();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IBus.Publish) || args?[0] is not IIntegrationEvent message)
            {
                throw new NotSupportedException(targetMethod?.Name);
            }

            if (Interlocked.Increment(ref _publishes) == 1)
            {
                return First();
            }

            Sent.Enqueue(message);
            return Task.CompletedTask;
        }
    }

    /// <summary>As MassTransit behaves when the broker drops the connection under a publish: a cancellation nobody asked for.</summary>
    public class BusThatCancelsTheFirstPublish : BusThatFailsTheFirstPublish
    {
        protected override Task First() => Task.FromException(new OperationCanceledException("The channel closed under the publish."));
    }

    /// <summary>A publish waiting for a confirm from a broker that went away, deaf to its token.</summary>
    public class BusThatHangsOnTheFirstPublish : BusThatFailsTheFirstPublish
    {
        protected override Task First() => new TaskCompletionSource().Task;
    }
}
