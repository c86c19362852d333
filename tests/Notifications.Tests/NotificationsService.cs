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
}
