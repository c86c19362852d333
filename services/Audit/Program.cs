using JasperFx.Events.Projections;
using Marten;
using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Erasure;
using Safeguarding.Audit.Messaging;
using Safeguarding.Audit.Retention;
using Safeguarding.Audit.Tools;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Audit;

/// <summary>The Audit service: multi-agency case audits from terms of reference to the Board, and the audit tools they use.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("audit-db", options =>
            {
                options.Projections.Snapshot<MultiAgencyAudit>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<AuditTool>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<CaseErasureRequest>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<RetentionSchedule>(SnapshotLifecycle.Inline);
            })
            .PublishIntegrationEvents<AuditIntegrationEvents>();
        builder.AddMessaging("audit", bus =>
        {
            bus.AddConsumer<AuditScheduledConsumer>();
            bus.AddConsumer<ScheduledItemRemovedConsumer>();
            bus.AddConsumer<DirectoryCopyConsumer>();
            bus.AddConsumer<CaseErasedConsumer>();
            bus.AddCaseErasure(ErasingService.Audit);
            bus.AddRecordRetention();
        });
        builder.Services.AddSingleton<CaseRetentionCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<CaseRetentionCheck>());
        builder.AddApiDocument(RequestExamples.All);

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapAuditsApi();
        app.MapAuditToolsApi();
        app.MapCaseErasureApi();
        app.MapRetentionApi();
        app.MapPartnershipEventExport("/api/audits/export/events");
        app.MapAccessLog("/api/audits/access-log");
        app.MapRecordRetention("/api/audits");
        app.MapRecordOfProcessing("/api/audits/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/audits/subject-access");
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
