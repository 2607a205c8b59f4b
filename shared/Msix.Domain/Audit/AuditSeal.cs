using System.Globalization;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// One seal of an audit journal, never changed once written: the ends (position and hash) that chains had
/// reached when the appends it seals were made, at position <see cref="Seq"/> of <see cref="Journal"/>, linked to
/// the seal before it by <see cref="PreviousHash"/> and hashed like an entry (see <see cref="AuditCanonicalForm"/>).
/// An append returns only once its entries are sealed, so an entry removed from a chain's end is still named by
/// a seal: <see cref="AuditJournalVerifier"/> finds it.
/// </summary>
/// <param name="Id">The journal's name, ':' and <see cref="Seq"/> in ten digits.</param>
/// <param name="Format">The version of the canonical form <see cref="Hash"/> was computed over.</param>
/// <param name="Journal">The journal's name ("seal:" and its number).</param>
/// <param name="Seq">The position in the journal, from 1.</param>
/// <param name="At">When it was written (UTC).</param>
/// <param name="Ends">Each chain sealed, with the position and hash of its last entry then.</param>
/// <param name="PreviousHash">The <see cref="Hash"/> of seal <see cref="Seq"/> - 1; <see cref="AuditCanonicalForm.Genesis"/> for the first.</param>
/// <param name="Hash">Hex SHA-256 of the canonical form of everything above.</param>
public sealed record AuditSeal(
    string Id,
    int Format,
    string Journal,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<SealedEnd> Ends,
    string PreviousHash,
    string Hash) : IDocument
{
    /// <summary>How every journal's name, and so every seal's id, starts.</summary>
    public const string JournalPrefix = "seal:";

    /// <summary>The name of journal number <paramref name="number"/>.</summary>
    public static string JournalName(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return string.Create(CultureInfo.InvariantCulture, $"{JournalPrefix}{number}");
    }

    /// <summary>The id of seal <paramref name="seq"/> of <paramref name="journal"/>.</summary>
    public static string IdOf(string journal, long seq)
    {
        ArgumentException.ThrowIfNullOrEmpty(journal);
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{journal}:{seq:D10}");
    }

    /// <summary>The id of <paramref name="journal"/>'s head.</summary>
    public static string HeadIdOf(string journal) => journal + AuditChainHead.IdSuffix;

    /// <summary>The seal at <paramref name="seq"/> of <paramref name="journal"/>, hashed.</summary>
    internal static AuditSeal Create(string journal, long seq, DateTimeOffset at, IReadOnlyList<SealedEnd> ends, string previousHash)
    {
        var unsealed = new AuditSeal(IdOf(journal, seq), AuditCanonicalForm.CurrentFormat, journal, seq, at.ToUniversalTime(), ends, previousHash, "");
        return unsealed with { Hash = AuditCanonicalForm.HashOf(unsealed, journal, seq) };
    }
}

/// <summary>A chain's last entry when it was sealed: its position and its hash.</summary>
public sealed record SealedEnd(string Chain, long Seq, string Hash);
