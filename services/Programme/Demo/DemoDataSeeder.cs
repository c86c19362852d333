using Marten;
using Safeguarding.Contracts;
using Safeguarding.Programme.Organisations;
using Safeguarding.Programme.Regions;

namespace Safeguarding.Programme.Demo;

/// <summary>
/// Seeds the demo partnership's directory and its region on start in Development (unless Demo:Seed is false).
/// Idempotent: organisation ids come from their names, and existing streams are left alone.
/// </summary>
public sealed partial class DemoDataSeeder(
    IDocumentStore store,
    IHostEnvironment environment,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    private static readonly Actor Seeder = new("demo-seed", null);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Demo:Seed", true))
        {
            return;
        }

        await using var session = store.LightweightSession(SharedDirectory.TenantId);
        var added = 0;
        foreach (var (name, kind, phase, type) in DemoPartnership.Organisations)
        {
            var registered = OrganisationDecisions.Register(
                DemoPartnership.PartnershipId, new RegisterOrganisation(name, kind, phase, type), Seeder, clock.GetUtcNow());
            if (await session.Events.FetchStreamStateAsync(registered.OrganisationId, cancellationToken) is null)
            {
                session.Events.StartStream<Organisation>(registered.OrganisationId, registered);
                added++;
            }
        }

        // St Helens is in the North West, as its neighbours in Pan Mersey are: the platform operator invited it there,
        // and they join it by its invitation.
        var region = PartnershipRegion.IdFor(DemoPartnership.PartnershipId);
        if (await session.Events.FetchStreamStateAsync(region, cancellationToken) is null)
        {
            session.Events.Append(
                RegionInvitations.IdFor(DemoPartnership.Region),
                new PartnershipInvitedToRegion(DemoPartnership.Region, DemoPartnership.PartnershipId, RegionDecisions.OperatorInvites, Seeder, clock.GetUtcNow()));
            session.Events.StartStream<PartnershipRegion>(region, new PartnershipRegionSet(DemoPartnership.PartnershipId, DemoPartnership.Region, Seeder, clock.GetUtcNow()));
        }

        await session.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, added, DemoPartnership.PartnershipId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Added} organisations added to {Partnership}")]
    private static partial void LogSeeded(ILogger logger, int added, string partnership);
}
