using Marten;
using Microsoft.Extensions.Options;
using Safeguarding.EventSourcing.Directory;
using Safeguarding.Notifications.Delivery;
using Safeguarding.Notifications.Directory;
using Safeguarding.Notifications.Preferences;
using Safeguarding.Notifications.Settings;
using Safeguarding.Notifications.Templates;

namespace Safeguarding.Notifications.Notifications;

/// <summary>
/// The one way a consumer asks for a message: written once per source event, then handed to delivery; a message with
/// nobody in its role also tells the coordinator who is missing.
/// </summary>
public sealed class Notify(IDocumentStore store, DeliverySignal delivery, IOptions<MailOptions> mail, TimeProvider clock)
{
    public async Task OnceAsync(string partnershipId, NotificationRequest request, CancellationToken cancellationToken)
    {
        var id = NotificationDecisions.IdFor(request.SourceEventId, request.Kind, request.OrganisationId);
        await using var session = store.LightweightSession(partnershipId);
        if (await session.Events.FetchStreamStateAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var queued = await QueueAsync(session, partnershipId, request, cancellationToken);
        session.Events.StartStream<Notification>(id, queued);
        if (request.OneTimeLinkUntil is not null)
        {
            session.Store(NotificationDecisions.WithOneTimeLink(
                request, queued, await TemplateAsync(session, partnershipId, request.Kind, cancellationToken),
                await session.LoadAsync<KnownOrganisation>(request.OrganisationId, cancellationToken)));
        }
        if (queued.Recipient is null && request.Role is { } role)
        {
            // Nobody in the role: the coordinator hears who is missing (as urgently as the message was meant), written with
            // the message itself so one cannot exist without the other.
            var missing = new NotificationRequest(
                NotificationKind.NoContact, id, request.OrganisationId, null, request.Urgent, mail.Value.LinkTo("/directory"),
                new Dictionary<string, string> { ["role"] = NotificationDecisions.RoleWords(role), ["message"] = queued.Message.Subject });
            var told = await QueueAsync(session, partnershipId, missing, cancellationToken);
            session.Events.StartStream<Notification>(told.NotificationId, told);
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return; // the same event, delivered twice at once: the other delivery wrote it
        }

        delivery.Wake();
    }

    /// <summary>The message as the partnership's directory, words, settings and people's choices make it now.</summary>
    private async Task<NotificationQueued> QueueAsync(IQuerySession session, string partnershipId, NotificationRequest request, CancellationToken cancellationToken)
    {
        var organisation = await session.LoadAsync<KnownOrganisation>(request.OrganisationId, cancellationToken);
        var contacts = await session.LoadAsync<OrganisationContacts>(request.OrganisationId, cancellationToken);
        var template = await TemplateAsync(session, partnershipId, request.Kind, cancellationToken);
        var settings = await SettingsEndpoints.SettingsOf(session, partnershipId, cancellationToken);
        var digestReaders = await session.Query<DeliveryPreference>().Where(p => p.Choice == DeliveryChoice.DailyDigest).Select(p => p.Email).ToListAsync(cancellationToken);
        return NotificationDecisions.Queue(request, template, organisation, contacts, settings, digestReaders.ToHashSet(), clock.GetUtcNow());
    }

    private static async Task<MessageTemplate> TemplateAsync(IQuerySession session, string partnershipId, NotificationKind kind, CancellationToken cancellationToken) =>
        (await session.LoadAsync<PartnershipTemplate>(PartnershipTemplate.IdFor(partnershipId, kind), cancellationToken))?.Custom ?? BuiltInTemplates.For(kind);
}
