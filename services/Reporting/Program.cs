using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Access;
using Safeguarding.EventSourcing.EventStore;
using Safeguarding.EventSourcing.Messaging;
using Safeguarding.EventSourcing.Privacy;
using Safeguarding.EventSourcing.Retention;
using Safeguarding.Reporting.Board;
using Safeguarding.Reporting.Dashboards;
using Safeguarding.Reporting.Exports;
using Safeguarding.Reporting.Inbox;
using Safeguarding.Reporting.Messaging;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.Reporting.Rebuild;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.Http;

namespace Safeguarding.Reporting;

/// <summary>The Reporting service: its own log of every integration event, and the read models, dashboards and reports built from it.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddEventStore("reporting-db", options =>
        {
            options.Events.AddEventTypes(IntegrationEventInbox.MessageTypes);
            ReadModelProjections.AddTo(options);
        });
        builder.AddMessaging("reporting", bus =>
        {
            bus.AddConsumer<IntegrationEventInbox>();
            bus.AddCaseErasure(ErasingService.Reporting);
            bus.AddRecordRetention();
        });
        builder.AddApiDocument(PrivacyExamples.All);
        builder.Services.AddSingleton<ReadModelRebuild>();
        builder.Services.AddSingleton<ReadModelFreshness>();
        builder.Services.AddHostedService<ReadModelLagCheck>();
        builder.Services.AddSingleton<FullExport>();

        var app = builder.Build();

        app.UseServiceDefaults();
        app.MapApiDocument();
        app.MapReportsApi();
        app.MapExportsApi();
        app.MapBoardReportApi();
        app.MapRebuildApi();
        app.MapAccessLog("/api/reports/access-log");
        app.MapRecordRetention("/api/reports");
        app.MapRecordOfProcessing("/api/reports/record-of-processing", typeof(Program).Assembly);
        app.MapSubjectAccess("/api/reports/subject-access");
        app.MapDashboardsApi();
        app.MapFailedMessages();
        app.MapDefaultEndpoints();

        app.Run();
    }
}
