using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Msix.Domain.Audit;

/// <summary>
/// The bytes an audit entry's hash is computed over. Format 1 is the fields below in this order, each as a
/// netstring (its UTF-8 length in decimal, ':', the UTF-8 bytes, ','), a missing value as "~,", a list as the
/// netstring of its count followed by its items: "msix-audit/1", chain, seq, event id, at (UTC ticks),
/// actor user id, role, actor State, operation, MSIX IDs, detail, previous hash. Numbers are invariant
/// decimals. A seal (<see cref="AuditSeal"/>) of format 1 is "msix-audit-seal/1", journal, seq, at (UTC ticks),
/// the count of its ends and each end's chain, seq and hash, then the previous hash. Nothing depends on a JSON serializer, so the form never changes under a library upgrade; a new
/// form gets a new format number and the old one stays verifiable.
/// </summary>
public static class AuditCanonicalForm
{
    /// <summary>The format new entries are written in.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The <see cref="AuditEntry.PreviousHash"/> of the first entry of every chain.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Whether entries of <paramref name="format"/> can be verified.</summary>
    public static bool IsKnown(int format) => format == 1;

    /// <summary>
    /// The hash of <paramref name="entry"/> (its own <see cref="AuditEntry.Hash"/> aside), as the entry at
    /// <paramref name="seq"/> of <paramref name="chain"/>: the position comes from where the entry is read, not from
    /// what it says, so an entry moved elsewhere does not verify.
    /// </summary>
    public static string HashOf(AuditEntry entry, string chain, long seq)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(chain);
        if (!IsKnown(entry.Format))
        {
            throw new ArgumentException($"Audit entry format {entry.Format} is unknown.", nameof(entry));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "msix-audit/1");
        Add(hash, chain);
        Add(hash, Number(seq));
        Add(hash, entry.EventId);
        Add(hash, Number(entry.At.UtcTicks));
        Add(hash, entry.ActorUserId);
        Add(hash, entry.Role);
        Add(hash, entry.ActorState);
        Add(hash, entry.Operation);
        var msixIds = entry.MsixIds ?? [];
        Add(hash, Number(msixIds.Count));
        foreach (var msixId in msixIds)
        {
            Add(hash, msixId);
        }

        Add(hash, entry.Detail);
        Add(hash, entry.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The hash of <paramref name="seal"/> (its own <see cref="AuditSeal.Hash"/> aside), as the seal at
    /// <paramref name="seq"/> of <paramref name="journal"/>: like an entry's, its position comes from where it is read.
    /// </summary>
    public static string HashOf(AuditSeal seal, string journal, long seq)
    {
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(journal);
        if (!IsKnown(seal.Format))
        {
            throw new ArgumentException($"Audit seal format {seal.Format} is unknown.", nameof(seal));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "msix-audit-seal/1");
        Add(hash, journal);
        Add(hash, Number(seq));
        Add(hash, Number(seal.At.UtcTicks));
        var ends = seal.Ends ?? [];
        Add(hash, Number(ends.Count));
        foreach (var end in ends)
        {
            Add(hash, end.Chain);
            Add(hash, Number(end.Seq));
            Add(hash, end.Hash);
        }

        Add(hash, seal.PreviousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Add(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData("~,"u8);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        hash.AppendData(Encoding.ASCII.GetBytes(Number(bytes.Length) + ":"));
        hash.AppendData(bytes);
        hash.AppendData(","u8);
    }
}
