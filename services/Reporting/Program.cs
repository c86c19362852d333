using JasperFx.Events.Projections;
using Safeguarding.Reporting.Inbox;
using Safeguarding.Reporting.Overview;
using Safeguarding.ServiceDefaults;
using Safeguarding.ServiceDefaults.EventStore;
using Safeguarding.ServiceDefaults.Http;
using Safeguarding.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEventStore("reporting-db", options =>
{
    options.Events.AddEventTypes(IntegrationEventLog.EventTypes);
    options.Projections.Add<PartnershipOverviewProjection>(ProjectionLifecycle.Async);
});
builder.AddMessaging("reporting", bus => bus.AddConsumer<IntegrationEventInbox>());
builder.AddApiDocument();

var app = builder.Build();

app.UseServiceDefaults();
app.MapApiDocument();
app.MapReportsApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
