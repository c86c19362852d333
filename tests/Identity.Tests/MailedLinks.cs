using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Identity.Staff;
using Safeguarding.Testing;

namespace Safeguarding.Identity.Tests;

/// <summary>
/// The real Notifications service and a real SMTP server, for Identity to have each person's password link e-mailed:
/// Notifications trusts Identity's tokens as every service does, through Identity's discovery document, and the tests
/// take the link from the e-mail as the person would.
/// </summary>
public sealed class MailedLinks : IAsyncLifetime
{
    private LocalSmtp _smtp = null!;
    private ServiceHost<Safeguarding.Notifications.Program> _notifications = null!;
    private ServiceHost<Program>? _identity;

    /// <summary>
    /// Settings every Identity host of the run shares: the same signing key (Notifications keeps the keys it read from the
    /// first host's discovery document), and where Notifications is.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> IdentitySettings = new Dictionary<string, string>
    {
        ["Identity:SigningKey"] = RSA.Create(2048).ExportRSAPrivateKeyPem(),
        ["Identity:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        [$"services:{PasswordLinkMail.Service}:http:0"] = $"http://{PasswordLinkMail.Service}",
    };

    public async Task InitializeAsync()
    {
        _smtp = await LocalSmtp.LaunchAsync();
        _notifications = await ServiceHost<Safeguarding.Notifications.Program>.StartAsync(
            "notifications-db",
            configureServices: services => services.AddHttpClient("auth-authority")
                .ConfigurePrimaryHttpMessageHandler(() => (_identity ?? throw new InvalidOperationException("No Identity host is served yet.")).Server.CreateHandler()),
            settings: new Dictionary<string, string>(_smtp.ServiceSettings())
            {
                ["Auth:Authority"] = "http://identity",
                ["services:identity:http:0"] = "http://identity",
            });
    }

    public async Task DisposeAsync()
    {
        await _notifications.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    /// <summary>Sends Identity's requests for e-mail to this Notifications service, which reads Identity's keys from this host.</summary>
    public void Route(IServiceCollection services, Func<ServiceHost<Program>> identity) =>
        services.AddHttpClient(PasswordLinkMail.Service).ConfigurePrimaryHttpMessageHandler(() =>
        {
            _identity = identity();
            return _notifications.Server.CreateHandler();
        });

    /// <summary>The link in the newest of at least <paramref name="count"/> e-mails to the address.</summary>
    public Task<string> LinkSentToAsync(string email, int count = 1) => _smtp.Inbox.SetPasswordLinkSentTo(email, count);

    /// <summary>The partnership's coordinator at the Notifications service, to see what it recorded.</summary>
    public HttpClient NotificationsFor(string partnershipId) => _notifications.ClientFor(partnershipId, Safeguarding.ServiceDefaults.Security.Roles.Coordinator);

    public Task<IReadOnlyList<ReceivedMail>> SentToAsync(string email) => _smtp.Inbox.To(email);

    public Task<string> TextOfAsync(ReceivedMail mail) => _smtp.Inbox.TextOf(mail);
}
