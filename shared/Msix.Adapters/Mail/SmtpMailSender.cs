using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Msix.Domain.Notices;

namespace Msix.Adapters.Mail;

/// <summary>
/// Sends each mail over SMTP with MailKit, as one <c>multipart/alternative</c> message (text and HTML) with
/// the mail's own Message-ID. A mail the relay did not take (unreachable, refused, timed out, a failed login
/// or TLS handshake) throws <see cref="MailNotSentException"/> whose message names the kind of failure and
/// the SMTP status code, never the recipient. Logs carry the Message-ID only, never an address or a name.
/// </summary>
/// <remarks>
/// One connection per mail: connect, authenticate when a user name is configured, send, disconnect. Simple,
/// safe from many threads at once, and never stuck on a connection the relay has dropped. Reusing one
/// connection for a batch of mails is a later optimisation, if the volume ever asks for it.
/// </remarks>
public sealed partial class SmtpMailSender : IMailSender
{
    private readonly IOptions<SmtpOptions> _options;
    private readonly ILogger<SmtpMailSender> _logger;
    private readonly TimeProvider _timeProvider;

    /// <param name="options">Read (and so validated) on the first send, so a host that sends no mail needs none.</param>
    /// <param name="timeProvider">Dates the messages.</param>
    public SmtpMailSender(IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    private enum Step
    {
        Connect,
        Authenticate,
        Send,
    }

    /// <inheritdoc/>
    /// <exception cref="MailNotSentException">The relay did not take the mail, or the recipient address is not one.</exception>
    /// <exception cref="OperationCanceledException">The caller's <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="OptionsValidationException">"Msix:Smtp" is missing or invalid.</exception>
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        cancellationToken.ThrowIfCancellationRequested();
        var options = _options.Value;
        using var message = Compose(mail, options);

        var started = _timeProvider.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        using var client = new SmtpClient { Timeout = checked(options.TimeoutSeconds * 1000) };
        var step = Step.Connect;
        try
        {
            await client.ConnectAsync(options.Host, options.Port, SocketOptionsOf(options.Security), timeout.Token);
            if (options.Authenticates)
            {
                step = Step.Authenticate;
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", timeout.Token);
            }

            step = Step.Send;
            await client.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (KindOf(exception, options) is { } kind)
        {
            // The caller gave up and the socket was torn down under MailKit: not the relay's failure.
            cancellationToken.ThrowIfCancellationRequested();
            var reason = string.Create(CultureInfo.InvariantCulture, $"SMTP {StepName(step)} failed: {kind}.");
            LogNotSent(mail.MessageId, reason);
            // A refused command carries the server's reply, which may quote the recipient: it is not kept.
            throw exception is CommandException
                ? new MailNotSentException(reason)
                : new MailNotSentException(reason, exception);
        }

        await DisconnectAsync(client, mail.MessageId, options, timeout.Token);
        var elapsed = _timeProvider.GetElapsedTime(started);
        LogSent(mail.MessageId, (long)elapsed.TotalMilliseconds);
    }

    private MimeMessage Compose(OutgoingMail mail, SmtpOptions options)
    {
        if (!SmtpOptions.IsPlainAddress(mail.ToAddress))
        {
            LogNotSent(mail.MessageId, "the recipient address is not an email address");
            throw new MailNotSentException("The recipient address is not an email address.");
        }

        var message = new MimeMessage
        {
            Subject = mail.Subject,
            MessageId = mail.MessageId,
            Date = _timeProvider.GetUtcNow(),
            Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress.Trim()));
        return message;
    }

    // The relay has taken the mail once SendAsync returns: a failed QUIT does not unsend it, so it is only logged.
    private async Task DisconnectAsync(SmtpClient client, string messageId, SmtpOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (KindOf(exception, options) is { } kind)
        {
            LogDisconnectFailed(messageId, kind);
        }
    }

    private static SecureSocketOptions SocketOptionsOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Not a kind of SMTP security."),
    };

    private static string StepName(Step step) => step switch
    {
        Step.Connect => "connect",
        Step.Authenticate => "authentication",
        _ => "send",
    };

    /// <summary>
    /// The kind of delivery failure, in words that carry no personal data, or null for an exception that is
    /// not one (a bug, which is left to propagate as it is).
    /// </summary>
    private static string? KindOf(Exception exception, SmtpOptions options) => exception switch
    {
        SmtpCommandException command => string.Create(
            CultureInfo.InvariantCulture,
            $"{RefusalOf(command.ErrorCode)}, status {(int)command.StatusCode} ({command.StatusCode})"),
        CommandException => "the server refused a command",
        ServiceNotAuthenticatedException => "the server requires authentication",
        ServiceNotConnectedException => "the connection was lost",
        SaslException => "no usable authentication mechanism",
        MailKit.Security.AuthenticationException => "the server refused the credentials",
        SslHandshakeException or System.Security.Authentication.AuthenticationException => "TLS handshake failed",
        ProtocolException => "the server broke the SMTP protocol or dropped the connection",
        NotSupportedException => "the server does not offer a required extension (such as STARTTLS)",
        SocketException socket => "socket error " + socket.SocketErrorCode.ToString(),
        IOException { InnerException: SocketException socket } => "socket error " + socket.SocketErrorCode.ToString(),
        IOException => "I/O error on the connection",
        TimeoutException or OperationCanceledException => string.Create(CultureInfo.InvariantCulture, $"timed out after {options.TimeoutSeconds} s"),
        _ => null,
    };

    private static string RefusalOf(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.SenderNotAccepted => "sender refused",
        SmtpErrorCode.RecipientNotAccepted => "recipient refused",
        SmtpErrorCode.MessageNotAccepted => "message refused",
        _ => "unexpected reply",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} sent over SMTP in {ElapsedMilliseconds} ms")]
    private partial void LogSent(string messageId, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} not sent: {Reason}")]
    private partial void LogNotSent(string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mail {MessageId} was accepted, but the SMTP connection did not close cleanly: {Reason}")]
    private partial void LogDisconnectFailed(string messageId, string reason);
}
