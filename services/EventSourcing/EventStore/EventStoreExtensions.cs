using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.MultiTenancy;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Weasel.Core;

namespace Safeguarding.EventSourcing.EventStore;

public static class EventStoreExtensions
{
    /// <summary>
    /// The Marten conventions every service shares: its own database (created if missing), conjoined
    /// tenancy by partnership for events and documents, enums as strings, the async daemon woken by
    /// LISTEN/NOTIFY (the default polling alone costs half a second of freshness) and never held for
    /// long behind a gap in the event sequence, sessions opened for the caller's partnership.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<StoreOptions> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddExceptionHandler<ConcurrencyExceptionHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Access.RefusedReads>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql");

        var marten = builder.Services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.Events.TenancyStyle = TenancyStyle.Conjoined;
                options.Policies.AllDocumentsAreMultiTenanted();
                options.Events.UseListenNotifyForEventAppends = true;
                options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(50);
                // A crash leaves gaps in the event sequence (appends rolled back, sequence values logged ahead). Marten
                // skips a gap once no transaction that could fill it looks alive, and by default waits forever while one
                // does: every projection and the outbox stand still behind it. Every append here is one batch under the
                // command timeout (30 s at most), so a transaction still open after a minute will never commit an event.
                options.Projections.SkipStaleGapsDespiteLiveTransactionsAfter = TimeSpan.FromMinutes(1);
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                configure(options);
            })
            .UseLightweightSessions()
            .BuildSessionsWith<PartnershipSessionFactory>()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold);
        // Ahead of every hosted service, Marten's own included, so the database exists before Marten applies its schema.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(new DatabaseCreator(connectionString)));
        return marten;
    }
}
