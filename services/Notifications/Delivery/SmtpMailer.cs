using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Safeguarding.Notifications.Notifications;

namespace Safeguarding.Notifications.Delivery;

/// <summary>Hands one message to the mail server over SMTP, and says whether to try again.</summary>
public sealed class SmtpMailer(IOptions<MailOptions> options)
{
    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        using var client = new SmtpClient { Timeout = mail.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(mail.Host, mail.Port, mail.Security, cancellationToken);
            if (!string.IsNullOrEmpty(mail.UserName))
            {
                await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
            }

            await client.SendAsync(Message(notification, mail), cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return new DeliveryResult.Accepted();
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500 && refused.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            return new DeliveryResult.Refused($"{(int)refused.StatusCode} {refused.Message}");
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or SocketException or IOException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or AuthenticationException or SslHandshakeException or TimeoutException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult.TryLater(ex.Message);
        }
    }

    /// <summary>Plain text and HTML alternatives; urgent messages are flagged as such to every mail client.</summary>
    public static MimeMessage Message(Notification notification, MailOptions mail)
    {
        var message = new MimeMessage
        {
            Subject = notification.Message.Subject,
            Body = new BodyBuilder { TextBody = notification.Message.Text, HtmlBody = notification.Message.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        message.To.Add(new MailboxAddress(notification.Recipient!.Name, notification.Recipient.Email));
        // The same id on every attempt: a server that took a message before the answer was lost can see it is the same one.
        message.MessageId = $"{notification.Id:N}@{new Uri(mail.FrontDoor).Host}";
        if (notification.Urgent)
        {
            message.Priority = MessagePriority.Urgent;
            message.Importance = MessageImportance.High;
            message.XPriority = XMessagePriority.Highest;
        }

        return message;
    }
}
