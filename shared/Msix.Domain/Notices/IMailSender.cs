namespace Msix.Domain.Notices;

/// <summary>The port to the mail relay: sends one message or throws <see cref="MailNotSentException"/>.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>One email to one contact.</summary>
/// <param name="MessageId">The Message-ID header, without angle brackets: stable for one notice and one contact, so a resend is recognisable.</param>
public sealed record OutgoingMail(string MessageId, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>A mail the relay did not take: the server is down, refused the sender or the recipient, or timed out.</summary>
public sealed class MailNotSentException : Exception
{
    public MailNotSentException()
    {
    }

    public MailNotSentException(string message)
        : base(message)
    {
    }

    public MailNotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
