using Microsoft.AspNetCore.Identity;
using Safeguarding.Identity.Staff;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Demo;

/// <summary>A demo member of staff: fixed password, for Development only, listed in the README.</summary>
public sealed record DemoUser(string Email, string Password, string Name, string PartnershipId, string Organisation, string Role);

/// <summary>
/// In Development, one member of St Helens staff for each role (and a Knowsley coordinator, to show that partnerships
/// never see each other) is created once, and their credentials printed once.
/// </summary>
public sealed partial class DemoUsersSeeder(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, ILogger<DemoUsersSeeder> logger)
    : IHostedService
{
    private const string Council = "St Helens Borough Council";

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("coordinator@st-helens.example.org", "demo-password-coordinator", "Demo Coordinator", "st-helens", Council, Roles.Coordinator),
        new("auditor@st-helens.example.org", "demo-password-auditor", "Demo Police Auditor", "st-helens", "Merseyside Police", Roles.AgencyAuditor),
        new("panel@st-helens.example.org", "demo-password-panel", "Demo Panel Member", "st-helens", "NHS Cheshire and Merseyside Integrated Care Board", Roles.PanelMember),
        new("training@st-helens.example.org", "demo-password-training", "Demo Training Manager", "st-helens", Council, Roles.TrainingManager),
        new("board@st-helens.example.org", "demo-password-board", "Demo Board Member", "st-helens", Council, Roles.BoardReader),
        new("admin@st-helens.example.org", "demo-password-admin", "Demo Administrator", "st-helens", Council, Roles.Admin),
        new("dpo@st-helens.example.org", "demo-password-dpo", "Demo Data Protection Officer", "st-helens", Council, Roles.DataProtectionOfficer),
        new("coordinator@knowsley.example.org", "demo-password-knowsley", "Demo Knowsley Coordinator", "knowsley", "Knowsley Metropolitan Borough Council", Roles.Coordinator),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Demo:Seed", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var demo in Users)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new StaffUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.Name,
                PartnershipId = demo.PartnershipId,
                OrganisationId = DemoDirectory.OrganisationId(demo.PartnershipId, demo.Organisation),
                Roles = [demo.Role],
            };
            var created = await users.CreateAsync(user, demo.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {demo.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            LogDemoUser(logger, demo.Email, demo.Password, demo.PartnershipId, demo.Organisation, demo.Role);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo user created (Development only): {Email} / {Password} for {Partnership}, {Organisation}, {Role}")]
    private static partial void LogDemoUser(ILogger logger, string email, string password, string partnership, string organisation, string role);
}
