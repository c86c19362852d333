using Marten.Metadata;
using Safeguarding.Contracts.Privacy;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notifications.Notifications;

/// <summary>
/// The e-mail of a message whose link is a credential (to set a password), link and all. The message's own record holds
/// it without the link; this copy is deleted as soon as the message is sent or given up, so the link is never kept.
/// </summary>
[KeptAs(RecordKind.Notifications, Policies.ReadNotifications)]
public sealed record OneTimeLink(Guid Id, RenderedMessage Message, DateTimeOffset Until) : ITenanted
{
    public string? TenantId { get; set; }
}
