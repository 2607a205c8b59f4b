using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// Walks a journal of seals from its first, checking each seal's hash and link as <see cref="AuditChainVerifier"/>
/// checks entries, and that every chain end it names is still there with the hash it sealed. An entry removed
/// from the end of a chain (where no later entry links to it) is found here: it is named by a seal.
/// </summary>
public sealed partial class AuditJournalVerifier
{
    private const int BatchSize = 32;

    private readonly IDocumentStore<AuditSeal> _seals;
    private readonly IDocumentStore<AuditEntry> _entries;
    private readonly IDocumentStore<AuditChainHead> _heads;
    private readonly AuditOptions _options;
    private readonly ILogger<AuditJournalVerifier> _logger;

    public AuditJournalVerifier(
        IDocumentStore<AuditSeal> seals,
        IDocumentStore<AuditEntry> entries,
        IDocumentStore<AuditChainHead> heads,
        IOptions<AuditOptions> options,
        ILogger<AuditJournalVerifier> logger)
    {
        ArgumentNullException.ThrowIfNull(seals);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _seals = seals;
        _entries = entries;
        _heads = heads;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Verifies every journal (<see cref="AuditOptions.SealJournals"/> of them).</summary>
    public Task<IReadOnlyList<AuditVerification>> VerifyAllAsync(CancellationToken cancellationToken) => VerifyAllAsync(null, cancellationToken);

    /// <summary>
    /// Verifies every journal (<see cref="AuditOptions.SealJournals"/> of them), each against its anchor in
    /// <paramref name="anchors"/> when there is one.
    /// </summary>
    public async Task<IReadOnlyList<AuditVerification>> VerifyAllAsync(IReadOnlyCollection<AuditAnchor>? anchors, CancellationToken cancellationToken)
    {
        var results = new List<AuditVerification>(_options.SealJournals);
        for (var number = 0; number < _options.SealJournals; number++)
        {
            var journal = AuditSeal.JournalName(number);
            results.Add(await VerifyAsync(journal, LatestOf(anchors, journal), cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// Verifies every journal, each against its latest anchor in <paramref name="earlier"/> when there is one, and,
    /// when all are whole, anchors each one that has seals at its last seal (taken at <paramref name="anchoredAt"/>);
    /// no anchors when any is broken. With <paramref name="fromAnchors"/>, a journal with an anchor is walked from it
    /// on only: the anchored seal must be unaltered and keep its hash (which covers every seal before it, each hash
    /// covering the one before), and the seals after it are checked as usual. The chain ends named by seals before
    /// the anchor are not read again (<c>msix audit verify --seals</c> reads them all). Positions then count the
    /// seals the anchor vouches for too.
    /// </summary>
    public async Task<AuditAnchoring> AnchorAllAsync(IReadOnlyCollection<AuditAnchor>? earlier, DateTimeOffset anchoredAt, bool fromAnchors, CancellationToken cancellationToken)
    {
        var walks = new List<(AuditVerification Verification, string LastHash)>(_options.SealJournals);
        for (var number = 0; number < _options.SealJournals; number++)
        {
            var journal = AuditSeal.JournalName(number);
            var walk = await WalkAsync(journal, LatestOf(earlier, journal), fromAnchors, cancellationToken);
            Report(walk.Verification);
            walks.Add(walk);
        }

        List<AuditVerification> verifications = [.. walks.Select(w => w.Verification)];
        return verifications.All(v => v.Ok)
            ? new AuditAnchoring(verifications, [.. walks
                .Where(w => w.Verification.EntriesChecked > 0)
                .Select(w => new AuditAnchor(w.Verification.Chain, w.Verification.EntriesChecked, w.LastHash, anchoredAt.ToUniversalTime()))])
            : new AuditAnchoring(verifications, []);
    }

    /// <summary>Verifies <paramref name="journal"/> from its first seal to its last.</summary>
    public Task<AuditVerification> VerifyAsync(string journal, CancellationToken cancellationToken) => VerifyAsync(journal, null, cancellationToken);

    /// <summary>
    /// Verifies <paramref name="journal"/> from its first seal to its last, and, given an <paramref name="anchor"/>,
    /// that it still reaches the anchored seal with the anchored hash.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(string journal, AuditAnchor? anchor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(journal);
        if (anchor is not null && (anchor.Journal != journal || anchor.Seq < 1))
        {
            throw new ArgumentException($"An anchor of {journal} names it and a seal from 1.", nameof(anchor));
        }

        return Report((await WalkAsync(journal, anchor, fromAnchor: false, cancellationToken)).Verification);
    }

    /// <summary>
    /// The walk of <see cref="VerifyAsync(string, AuditAnchor?, CancellationToken)"/> (from the anchored seal on, with
    /// <paramref name="fromAnchor"/>), with the hash of the last seal found whole.
    /// </summary>
    private async Task<(AuditVerification Verification, string LastHash)> WalkAsync(string journal, AuditAnchor? anchor, bool fromAnchor, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(journal, cancellationToken);
        var previousHash = AuditCanonicalForm.Genesis;
        long seq = 1;
        if (fromAnchor && anchor is not null)
        {
            var (anchored, unreadable) = await ReadSealAsync(journal, anchor.Seq, cancellationToken);
            var broken = unreadable ? Broken(journal, anchor.Seq, AuditBreak.HashMismatch, "the anchored seal no longer reads as a seal: it was altered")
                : anchored is null ? Broken(journal, anchor.Seq, AuditBreak.Gap, $"the seal anchored on {Anchored(anchor)} is missing: it was removed")
                : Check(journal, anchor.Seq, anchored, anchored.PreviousHash)
                    ?? (string.Equals(anchored.Hash, anchor.Hash, StringComparison.Ordinal)
                        ? null
                        : Broken(journal, anchor.Seq, AuditBreak.LinkMismatch, $"the seal has another hash than the one anchored on {Anchored(anchor)}: it was replaced"));
            if (broken is not null)
            {
                return (broken, previousHash);
            }

            previousHash = anchor.Hash;
            seq = anchor.Seq + 1;
        }
        while (true)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, BatchSize)
                .Select(offset => ReadSealAsync(journal, seq + offset, cancellationToken)));
            foreach (var (seal, unreadable) in batch)
            {
                if (unreadable)
                {
                    return (Broken(journal, seq, AuditBreak.HashMismatch, "the seal no longer reads as a seal: it was altered"), previousHash);
                }

                if (seal is null)
                {
                    var end = await EndOrGapAsync(journal, seq, head, cancellationToken);
                    return (end.Ok && anchor is not null && anchor.Seq >= seq
                        ? Broken(journal, seq, AuditBreak.Gap, $"the journal ends at seal {seq - 1}, before seal {anchor.Seq} anchored on {Anchored(anchor)}: seals were removed from its end")
                        : end, previousHash);
                }

                var broken = Check(journal, seq, seal, previousHash)
                    ?? (head is not null && head.Seq == seq && !string.Equals(head.Hash, seal.Hash, StringComparison.Ordinal)
                        ? Broken(journal, seq, AuditBreak.LinkMismatch, "the journal's head records another hash for this seal: it was replaced")
                        : null)
                    ?? (anchor is not null && anchor.Seq == seq && !string.Equals(anchor.Hash, seal.Hash, StringComparison.Ordinal)
                        ? Broken(journal, seq, AuditBreak.LinkMismatch, $"the seal has another hash than the one anchored on {Anchored(anchor)}: it was replaced")
                        : null)
                    ?? await CheckEndsAsync(journal, seq, seal, cancellationToken);
                if (broken is not null)
                {
                    return (broken, previousHash);
                }

                previousHash = seal.Hash;
                seq++;
            }
        }
    }

    private static AuditAnchor? LatestOf(IReadOnlyCollection<AuditAnchor>? anchors, string journal) =>
        anchors?.Where(a => string.Equals(a.Journal, journal, StringComparison.Ordinal)).MaxBy(a => a.Seq);

    private static string Anchored(AuditAnchor anchor) => anchor.AnchoredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static AuditVerification? Check(string journal, long seq, AuditSeal seal, string previousHash)
    {
        if (!AuditCanonicalForm.IsKnown(seal.Format))
        {
            return Broken(journal, seq, AuditBreak.HashMismatch, $"the seal claims format {seal.Format}, which is unknown");
        }

        if (!string.Equals(seal.Journal, journal, StringComparison.Ordinal) || seal.Seq != seq)
        {
            return Broken(journal, seq, AuditBreak.HashMismatch, "the seal names another journal or position than where it is stored: it was altered or moved");
        }

        if (!string.Equals(AuditCanonicalForm.HashOf(seal, journal, seq), seal.Hash, StringComparison.Ordinal))
        {
            return Broken(journal, seq, AuditBreak.HashMismatch, "the seal's content does not give its hash: it was altered");
        }

        return string.Equals(seal.PreviousHash, previousHash, StringComparison.Ordinal)
            ? null
            : Broken(journal, seq, AuditBreak.LinkMismatch, "the seal does not link to the seal before it: that seal was replaced, or seals were removed");
    }

    /// <summary>Null when every chain end the seal names is there with the hash it sealed.</summary>
    private async Task<AuditVerification?> CheckEndsAsync(string journal, long seq, AuditSeal seal, CancellationToken cancellationToken)
    {
        var ends = seal.Ends ?? [];
        var found = await Task.WhenAll(ends.Select(end => ReadEndAsync(end, cancellationToken)));
        for (var i = 0; i < ends.Count; i++)
        {
            var end = ends[i];
            var where = $"entry {end.Seq} of chain {(AuditChain.TryParse(end.Chain, out var chain) ? chain!.ForLog : "(unnamed)")}";
            var (entry, unreadable) = found[i];
            if (unreadable)
            {
                return Broken(journal, seq, AuditBreak.HashMismatch, $"{where}, sealed here, no longer reads as an audit entry: it was altered");
            }

            if (entry is null)
            {
                return Broken(journal, seq, AuditBreak.Gap, $"{where}, sealed here, is missing: it was removed");
            }

            if (!string.Equals(entry.Hash, end.Hash, StringComparison.Ordinal))
            {
                return Broken(journal, seq, AuditBreak.LinkMismatch, $"{where} has another hash than this seal records: it was replaced");
            }
        }

        return null;
    }

    /// <summary>Seal <paramref name="seq"/> is missing: the journal's end, unless its head or a later seal shows it goes on.</summary>
    private async Task<AuditVerification> EndOrGapAsync(string journal, long seq, AuditChainHead? head, CancellationToken cancellationToken)
    {
        if (head is not null && head.Seq >= seq)
        {
            return Broken(journal, seq, AuditBreak.Gap, $"the seal is missing while the journal's head is at seal {head.Seq}: it was removed");
        }

        var probes = await Task.WhenAll(Enumerable.Range(1, _options.VerifyProbeAhead)
            .Select(offset => ReadSealAsync(journal, seq + offset, cancellationToken)));
        var later = Array.FindIndex(probes, p => p.Seal is not null || p.Unreadable);
        return later >= 0
            ? Broken(journal, seq, AuditBreak.Gap, $"the seal is missing while seal {seq + 1 + later} exists: it was removed")
            : new AuditVerification(journal, seq - 1, null, null, null);
    }

    private async Task<(AuditSeal? Seal, bool Unreadable)> ReadSealAsync(string journal, long seq, CancellationToken cancellationToken)
    {
        try
        {
            return ((await _seals.ReadAsync(AuditSeal.IdOf(journal, seq), cancellationToken))?.Document, false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private async Task<(AuditEntry? Entry, bool Unreadable)> ReadEndAsync(SealedEnd end, CancellationToken cancellationToken)
    {
        if (!AuditChain.TryParse(end.Chain, out var chain) || end.Seq < 1)
        {
            return (null, true);
        }

        try
        {
            return ((await _entries.ReadAsync(AuditEntry.IdOf(chain!, end.Seq), cancellationToken))?.Document, false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private async Task<AuditChainHead?> ReadHeadAsync(string journal, CancellationToken cancellationToken)
    {
        try
        {
            return (await _heads.ReadAsync(AuditSeal.HeadIdOf(journal), cancellationToken))?.Document;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AuditVerification Broken(string journal, long seq, AuditBreak problem, string reason) =>
        new(journal, seq - 1, seq, problem, reason);

    private AuditVerification Report(AuditVerification result)
    {
        if (result.Ok)
        {
            LogVerified(result.Chain, result.EntriesChecked);
        }
        else
        {
            LogBroken(result.Chain, result.BrokenAtSeq!.Value, result.Problem!.Value, result.EntriesChecked);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit journal {Journal} verified: {Seals} seals, every chain end they name still there")]
    private partial void LogVerified(string journal, long seals);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit journal {Journal} is broken at seal {Seq} ({Problem}) after {Seals} good seals")]
    private partial void LogBroken(string journal, long seq, AuditBreak problem, long seals);
}
