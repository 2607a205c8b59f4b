using System.Globalization;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// One entry of an audit chain, never changed once written: an <see cref="AuditEvent"/> at position
/// <see cref="Seq"/> of <see cref="Chain"/>, linked to the entry before it by <see cref="PreviousHash"/> and sealed by
/// <see cref="Hash"/>, the SHA-256 of its canonical form (see <see cref="AuditCanonicalForm"/>). A user's chain
/// lists every MSIX ID of the event; a child's chain lists that child's MSIX ID only, and
/// <see cref="EventId"/> leads to the user's entry with the rest.
/// </summary>
/// <param name="Id">The chain's name, ':' and <see cref="Seq"/> in ten digits (sorts in chain order).</param>
/// <param name="Format">The version of the canonical form <see cref="Hash"/> was computed over.</param>
/// <param name="Chain">The chain's name.</param>
/// <param name="Seq">The position in the chain, from 1.</param>
/// <param name="EventId">The event's id, the same in every chain the event was appended to.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of entry <see cref="Seq"/> - 1; <see cref="AuditCanonicalForm.Genesis"/> for the first.</param>
/// <param name="Hash">Hex SHA-256 of the canonical form of everything above.</param>
public sealed record AuditEntry(
    string Id,
    int Format,
    string Chain,
    long Seq,
    string EventId,
    DateTimeOffset At,
    string ActorUserId,
    string Role,
    string? ActorState,
    string Operation,
    IReadOnlyList<string> MsixIds,
    string? Detail,
    string PreviousHash,
    string Hash) : IDocument
{
    /// <summary>The id of entry <paramref name="seq"/> of <paramref name="chain"/>.</summary>
    public static string IdOf(AuditChain chain, long seq)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{chain.Name}:{seq:D10}");
    }

    /// <summary>The entry at <paramref name="seq"/> of <paramref name="chain"/> for one event, sealed with its hash.</summary>
    internal static AuditEntry Create(AuditChain chain, long seq, string eventId, AuditEvent e, IReadOnlyList<string> msixIds, string previousHash)
    {
        var unsealed = new AuditEntry(
            IdOf(chain, seq),
            AuditCanonicalForm.CurrentFormat,
            chain.Name,
            seq,
            eventId,
            e.At.ToUniversalTime(),
            e.ActorUserId,
            e.Role,
            e.ActorState,
            e.Operation,
            msixIds,
            e.Detail,
            previousHash,
            "");
        return unsealed with { Hash = AuditCanonicalForm.HashOf(unsealed, chain.Name, seq) };
    }
}
