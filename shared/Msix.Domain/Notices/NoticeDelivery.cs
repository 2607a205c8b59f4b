using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>How a notice's emails went: one entry per contact, with its status, attempts and the last failure.</summary>
/// <param name="Id">"delivery-" and the notice's id.</param>
public sealed record NoticeDelivery(string Id, string NoticeId, string ReceivingState, DeliveryStatus Status, IReadOnlyList<ContactDelivery> Contacts, DateTimeOffset UpdatedAt) : IDocument
{
    public static string IdOf(string noticeId) => $"delivery-{noticeId}";
}

/// <summary>One contact's email of a notice.</summary>
/// <param name="MessageId">The Message-ID the mail carries (the same on every attempt).</param>
/// <param name="LastError">Why the last attempt failed, when it did (the relay's answer, never personal data).</param>
public sealed record ContactDelivery(string Email, string MessageId, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset? SentAt);
