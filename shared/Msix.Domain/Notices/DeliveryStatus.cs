using System.Text.Json.Serialization;

namespace Msix.Domain.Notices;

/// <summary>Where a notice's email to one contact, or to all of them, stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,

    /// <summary>The receiving State has no contact for this kind of notice: kept and visible, nothing sent.</summary>
    NoContacts,
}
