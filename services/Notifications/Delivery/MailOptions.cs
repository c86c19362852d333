using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Safeguarding.Notifications.Delivery;

/// <summary>The mail server messages are handed to (section "Mail"), and the front door their links lead through.</summary>
public sealed class MailOptions
{
    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's names).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Left empty, the server is not asked to authenticate us.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "Safeguarding Partnership";

    /// <summary>The address staff reach the platform at (the gateway); every link in a message starts with it.</summary>
    [Required, Url]
    public string FrontDoor { get; set; } = "";

    /// <summary>How long one attempt may take to connect and hand a message over.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public string LinkTo(string path) => FrontDoor.TrimEnd('/') + path;
}
