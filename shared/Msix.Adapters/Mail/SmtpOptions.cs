using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace Msix.Adapters.Mail;

/// <summary>
/// The SMTP relay the move notices are sent through (section "Msix:Smtp"): smtp4dev locally, the Azure
/// Communication Services relay (smtp.azurecomm.net, port 587, STARTTLS) in Azure. Validated when the mail
/// sender first sends, not at start, so the hosts that send no mail start without it.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Msix:Smtp";

    /// <summary>The relay's host name or IP address.</summary>
    [Required(ErrorMessage = "Msix:Smtp:Host is required.")]
    public string Host { get; set; } = "";

    /// <summary>The relay's port: 25 by default; 587 for STARTTLS submission, 465 for TLS on connect.</summary>
    [Range(1, 65535, ErrorMessage = "Msix:Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 25;

    /// <summary>Whether and how the connection is encrypted (<see cref="SmtpSecurity.StartTls"/> by default).</summary>
    [EnumDataType(typeof(SmtpSecurity), ErrorMessage = "Msix:Smtp:Security must be None, StartTls, StartTlsWhenAvailable or SslOnConnect.")]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user name to authenticate with; none is sent when empty. Requires <see cref="Password"/>.</summary>
    public string? UserName { get; set; }

    /// <summary>The password of <see cref="UserName"/>: a secret, kept in Key Vault and referenced from the app settings.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address (an address only, no display name): one of the relay's verified domains.</summary>
    [Required(ErrorMessage = "Msix:Smtp:FromAddress is required.")]
    [EmailAddress(ErrorMessage = "Msix:Smtp:FromAddress is not an email address.")]
    public string FromAddress { get; set; } = "";

    /// <summary>The sender's display name.</summary>
    [Required(ErrorMessage = "Msix:Smtp:FromName is required.")]
    public string FromName { get; set; } = "MSIX move notices";

    /// <summary>How long one mail may take, connecting, authenticating, sending and disconnecting together.</summary>
    [Range(1, 600, ErrorMessage = "Msix:Smtp:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>True when a user name is configured, so the sender authenticates.</summary>
    [MemberNotNullWhen(true, nameof(UserName))]
    public bool Authenticates => !string.IsNullOrWhiteSpace(UserName);

    /// <summary>Checks what the attributes cannot: a sender address MimeKit reads as exactly one mailbox, and credentials in pairs.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsPlainAddress(FromAddress))
        {
            yield return new ValidationResult(
                "Msix:Smtp:FromAddress must be one plain email address, such as moves@example.org.",
                [nameof(FromAddress)]);
        }

        if (Authenticates && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Msix:Smtp:Password is required when Msix:Smtp:UserName is set.", [nameof(Password)]);
        }

        if (!Authenticates && !string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Msix:Smtp:Password is set but Msix:Smtp:UserName is not.", [nameof(UserName)]);
        }
    }

    /// <summary>True for one plain address (local-part@domain), with no display name, group or route.</summary>
    internal static bool IsPlainAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)
            || !MailboxAddress.TryParse(value, out var mailbox)
            || !string.IsNullOrEmpty(mailbox.Name)
            || mailbox.Route.Count > 0)
        {
            return false;
        }

        var address = mailbox.Address;
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return string.Equals(address, value.Trim(), StringComparison.Ordinal) && at > 0 && at < address.Length - 1;
    }
}

/// <summary>How the connection to the SMTP relay is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>No encryption: only for a relay on the same machine, such as smtp4dev.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS; fails when the relay does not offer it.</summary>
    StartTls,

    /// <summary>STARTTLS when the relay offers it, plain otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}
