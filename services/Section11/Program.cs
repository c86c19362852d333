using JasperFx.Events.Projections;
using Marten;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Section11.Assessments;
using Safeguarding.Section11.Cycles;
using Safeguarding.Section11.Evidence;
using Safeguarding.Section11.Frameworks;
using Safeguarding.Section11.Messaging;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Section11;

/// <summary>The Section11 service: Section 11 and Section 175 self-assessment cycles, from invitation to follow-up.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("section11-db", options =>
            {
                options.Projections.Snapshot<Section11Cycle>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Assessment>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<SharingAgreement>(SnapshotLifecycle.Inline);
            })
            .PublishIntegrationEvents<Section11IntegrationEvents>();
        builder.AddMessaging("section11", bus =>
        {
            bus.AddConsumer<DirectoryCopyConsumer>();
            bus.AddCaseErasure(ErasingService.Section11);
            bus.AddRecordRetention();
        });
        builder.AddApiDocument(RequestExamples.All);
        builder.Services.AddSingleton<IEvidenceFileStore>(new FileSystemEvidenceFileStore(
            builder.Configuration["Section11:EvidenceRoot"] ?? Path.Combine(Path.GetTempPath(), "safeguarding-evidence")));
        builder.Services.AddSingleton(Assessment.Retained);
        builder.Services.AddSingleton(Section11Cycle.Retained);
        builder.Services.AddSingleton<ReturnRemindersCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReturnRemindersCheck>());
        builder.Services.AddHostedService<UnreferencedEvidenceCheck>();

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapSection11Api();
        app.MapFrameworksApi();
        app.MapAssessmentsApi();
        app.MapReturnsApi();
        app.MapInvitationAndClosingApi();
        app.MapSharingApi();
        app.MapEvidenceApi();
        app.MapPartnershipEventExport("/api/section11/export/events");
        app.MapAccessLog("/api/section11/access-log");
        app.MapRecordRetention("/api/section11");
        app.MapRecordOfProcessing("/api/section11/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/section11/subject-access");
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
