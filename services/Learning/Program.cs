using JasperFx.Events.Projections;
using Marten;
using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Briefings;
using Safeguarding.Learning.Calendar;
using Safeguarding.Learning.Messaging;
using Safeguarding.Learning.Reviews;
using Safeguarding.Learning.Training;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Learning;

/// <summary>The Learning service: reviews and their statutory deadlines, the improvement actions register, briefings and training.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("learning-db", options =>
            {
                options.Projections.Snapshot<ImprovementAction>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Review>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Briefing>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<TrainingEvent>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<TrainingNeed>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<PartnershipCalendar>(SnapshotLifecycle.Inline);
                // Stored directly, not projected: named so the schema and the record of processing know them from the start.
                options.RegisterDocumentType<AuditFindingCopy>();
                options.RegisterDocumentType<AuditReportCopy>();
            })
            .PublishIntegrationEvents<LearningIntegrationEvents>();
        builder.AddMessaging("learning", bus =>
        {
            bus.AddConsumer<DirectoryCopyConsumer>();
            bus.AddCaseErasure(ErasingService.Learning);
            bus.AddRecordRetention();
            bus.AddConsumer<ActionRaisedConsumers>();
            bus.AddConsumer<AuditLearningConsumer>();
        });
        builder.AddApiDocument(RequestExamples.All);
        builder.Services.AddSingleton(Review.Retained);
        builder.Services.AddSingleton(ImprovementAction.Retained);
        builder.Services.AddSingleton(TrainingEvent.Retained);
        builder.Services.AddSingleton<OverdueActionsCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OverdueActionsCheck>());
        builder.Services.AddSingleton<ReviewDeadlinesCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReviewDeadlinesCheck>());

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapCalendarApi();
        app.MapReviewsApi();
        app.MapActionsApi();
        app.MapBriefingsApi();
        app.MapTrainingApi();
        app.MapPartnershipEventExport("/api/reviews/export/events");
        app.MapAccessLog("/api/reviews/access-log");
        app.MapRecordRetention("/api/reviews");
        app.MapRecordOfProcessing("/api/reviews/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/reviews/subject-access");
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
