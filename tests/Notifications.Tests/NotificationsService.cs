using Marten;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Notifications.Directory;
using Safeguarding.Testing;

namespace Safeguarding.Notifications.Tests;

/// <summary>The Notifications service on real servers, sending to a real SMTP server of its own that the tests read.</summary>
public sealed class NotificationsService() : ServiceFixture<Program>("notifications-db")
{
    public LocalSmtp Smtp { get; private set; } = null!;

    public MailInbox Inbox => Smtp.Inbox;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    protected override async Task<IReadOnlyDictionary<string, string>?> SettingsAsync()
    {
        Smtp = await LocalSmtp.LaunchAsync();
        return Smtp.ServiceSettings();
    }
}

[CollectionDefinition(nameof(NotificationsServiceCollection))]
public sealed class NotificationsServiceCollection : ICollectionFixture<NotificationsService>;

public static class DirectoryCopies
{
    /// <summary>How many of the service's consumers hear a message of this type: a delivery is done when each has.</summary>
    public static int ConsumersOf<TMessage>()
        where TMessage : class =>
        typeof(Program).Assembly.GetTypes().Count(t => t is { IsClass: true, IsAbstract: false } && typeof(MassTransit.IConsumer<TMessage>).IsAssignableFrom(t));

    /// <summary>Waits until the service's copy holds the organisation's contacts: messages on other queues may overtake them.</summary>
    public static Task HoldsContactsAsync<TProgram>(this ServiceHost<TProgram> host, string partnershipId, Guid organisationId)
        where TProgram : class =>
        Eventually.Get(
            async () =>
            {
                await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(partnershipId);
                return await session.LoadAsync<OrganisationContacts>(organisationId) is not null
                    && await session.LoadAsync<Safeguarding.EventSourcing.Directory.KnownOrganisation>(organisationId) is not null;
            },
            held => held);

    /// <summary>
    /// The kinds of message written for one partnership so far. The checks look at every partnership in the database the
    /// tests share, so what one did is read in the test's own partnership, not from the count it returns.
    /// </summary>
    public static async Task<IReadOnlyList<Notifications.NotificationKind>> KindsWrittenAsync<TProgram>(this ServiceHost<TProgram> host, string partnershipId)
        where TProgram : class
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(partnershipId);
        return await session.Query<Notifications.Notification>().Select(n => n.Kind).ToListAsync();
    }

    /// <summary>The scenario's directory, published as Programme sent it and held by the service for each organisation named.</summary>
    public static async Task PublishDirectoryAsync<TProgram>(this ServiceHost<TProgram> host, AuditScenario scenario, params Guid[] organisations)
        where TProgram : class
    {
        await host.PublishAsync(scenario.Programme.Sent);
        foreach (var organisation in organisations)
        {
            await host.HoldsContactsAsync(scenario.Partnership, organisation);
        }
    }
}
