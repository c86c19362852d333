using JasperFx.Events.Projections;
using Marten;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Programme.Demo;
using Safeguarding.Programme.Indicators;
using Safeguarding.Programme.Messaging;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Priorities;
using Safeguarding.Programme.Programmes;
using Safeguarding.Programme.Regions;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Programme;

/// <summary>The Programme service: the partnership directory, priorities and the annual audit programme.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("programme-db", options =>
            {
                options.Projections.Snapshot<Organisation>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<AuditProgramme>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Priority>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<PerformanceIndicator>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<PartnershipRegion>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<RegionalTrend>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<RegionInvitations>(SnapshotLifecycle.Inline);
            })
            .PublishIntegrationEvents<ProgrammeIntegrationEvents>();
        builder.AddMessaging("programme", bus =>
        {
            bus.AddConsumer<AuditClosedConsumer>();
            bus.AddConsumer<CycleClosedConsumer>();
            bus.AddConsumer<FindingRecordedConsumer>();
            bus.AddConsumer<WeakStandardConsumer>();
            bus.AddConsumer<LearningConsumers>();
            bus.AddCaseErasure(ErasingService.Programme);
            bus.AddRecordRetention();
        });
        builder.Services.AddSingleton<OverdueItemsCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OverdueItemsCheck>());
        builder.Services.AddHostedService<DemoDataSeeder>();
        builder.AddApiDocument(RequestExamples.All);

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapOrganisationsApi();
        app.MapPrioritiesApi();
        app.MapIndicatorsApi();
        app.MapRegionsApi();
        app.MapProgrammesApi();
        app.MapPartnershipEventExport("/api/programmes/export/events");
        app.MapAccessLog("/api/programmes/access-log");
        app.MapRecordRetention("/api/programmes");
        app.MapRecordOfProcessing("/api/programmes/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/programmes/subject-access");
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
