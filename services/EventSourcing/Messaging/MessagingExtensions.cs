using System.Diagnostics.Metrics;
using System.Runtime.Serialization;
using System.Text.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Safeguarding.ServiceDefaults.Problems;

namespace Safeguarding.EventSourcing.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>Retries a message gets, five seconds apart, while its consumer's database is unreachable.</summary>
    private const int DatabaseRetries = 12;

    /// <summary>
    /// MassTransit on RabbitMQ with the shared conventions: queues named "service-consumer" in kebab case (so two
    /// services never compete for one queue), retries with back-off, and the bus started before the service
    /// reports started (messages published before a queue exists would be lost).
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");

        // Messaging:Isolation gives one instance queues of its own on a shared broker (tests run several hosts of
        // one service side by side); left empty, instances of a service share their queues as competing consumers.
        var isolation = builder.Configuration["Messaging:Isolation"];
        var prefix = string.IsNullOrWhiteSpace(isolation) ? $"{serviceName}-" : $"{serviceName}-{isolation}-";

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, false));
            addConsumers?.Invoke(bus);

            // Without the broker the service still takes commands (the outbox holds their events): it is degraded, and an
            // orchestrator must not take every instance out of service for it.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            // A message that cannot be read (a value its contract does not have) never will be: it goes to the error queue
            // at once, with the reason in its fault headers, instead of being retried.
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                // Nothing consumes Fault<T>, and publishing one serialises the exception: a database error's holds Npgsql's
                // type mapper, which MassTransit cannot serialise, and that failure replaced the real reason in the error queue.
                endpoint.PublishFaults = false;

                // A database that is restarting answers again within seconds to minutes: the quick retries are spent long
                // before, so a message that only waited for the database would go to the error queue. Only that waits longer
                // (a retry every five seconds for a minute); anything else fails after the quick ones. The waiting
                // policy must be the inner one: a retry filter that sees an inner filter's spent retries gives up at once
                // (MassTransit's RetryFilter), so nested the other way round, a database error stopped after the quick ones.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Ignore<JsonException>();
                    retry.Ignore<SerializationException>();
                    retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200));
                });
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(DatabaseUnavailableExceptionHandler.IsUnavailable);
                    retry.Interval(DatabaseRetries, TimeSpan.FromSeconds(5));
                });
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddSingleton(provider =>
        {
            var failed = new FailedMessages(serviceName, prefix, new Uri(connectionString));
            failed.Measure(provider.GetRequiredService<IMeterFactory>().Create(FailedMessages.MeterName));
            return failed;
        });
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<FailedMessages>());
        builder.Services.AddHealthChecks().AddCheck<FailedMessagesHealthCheck>("failed-messages");
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(15);
        });
        return builder;
    }

    /// <summary>Publishes the service's allow-listed domain events through the outbox subscription.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression PublishIntegrationEvents<TMap>(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
        where TMap : class, IIntegrationEventMap
    {
        marten.Services.AddSingleton<IIntegrationEventMap, TMap>();
        marten.Services.AddHostedService<OutboxLagCheck>();
        return marten.AddSubscriptionWithServices<IntegrationEventForwarder>(ServiceLifetime.Singleton);
    }
}
