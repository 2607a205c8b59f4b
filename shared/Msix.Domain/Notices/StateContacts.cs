using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>A State's move-notice contacts, kept by its data administrators.</summary>
/// <param name="Id">"contacts-" and the State (<see cref="IdOf"/>).</param>
public sealed record StateContacts(string Id, string State, IReadOnlyList<NoticeContact> Contacts, DateTimeOffset UpdatedAt, string UpdatedBy) : IDocument
{
    public const string IdPrefix = "contacts-";

    public static string IdOf(string state) => IdPrefix + state;
}
