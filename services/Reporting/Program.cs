using JasperFx.Events.Projections;
using Safeguarding.Reporting.Board;
using Safeguarding.Reporting.Exports;
using Safeguarding.Reporting.Inbox;
using Safeguarding.Reporting.Overview;
using Safeguarding.Reporting.ReadModels;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEventStore("reporting-db", options =>
{
    options.Events.AddEventTypes(IntegrationEventInbox.MessageTypes);
    options.Projections.Add<OrganisationProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<ProgrammeItemProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<GradeProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<FindingProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<AssessmentProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<CycleProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<ActionProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<ReviewProjection>(ProjectionLifecycle.Async);
    options.Projections.Add<LearningProjection>(ProjectionLifecycle.Async);
});
builder.AddMessaging("reporting", bus => bus.AddConsumer<IntegrationEventInbox>());
builder.AddApiDocument();

var app = builder.Build();

app.UseServiceDefaults();
app.MapApiDocument();
app.MapReportsApi();
app.MapExportsApi();
app.MapBoardReportApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
