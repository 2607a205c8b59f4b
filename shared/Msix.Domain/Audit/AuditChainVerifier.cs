using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// Walks an audit chain from its first entry, recomputing each entry's hash and checking that it links to the
/// one before, and reports the first break: an altered entry (hash mismatch), a replaced one (link mismatch,
/// at the entry after it, or at the last entry against the chain's head), or a removed one (a gap: missing
/// while the head or a later entry shows the chain goes on).
/// </summary>
/// <remarks>
/// The chain makes tampering evident to anyone who cannot rewrite every later entry and the head too. The
/// head moves only every few entries, so the newest entries of a chain are vouched for by the seals
/// (<see cref="AuditJournalVerifier"/>), not by the chain itself. Someone with write access to the container
/// could still remove the newest entries and rewrite every seal from the first that names them, and the
/// journal's head; keeping the journals' head hashes somewhere else (an export, a signed log) from time to
/// time would reveal that as well.
/// </remarks>
public sealed partial class AuditChainVerifier
{
    private const int BatchSize = 32;

    private readonly IDocumentStore<AuditEntry> _entries;
    private readonly IDocumentStore<AuditChainHead> _heads;
    private readonly AuditOptions _options;
    private readonly ILogger<AuditChainVerifier> _logger;

    public AuditChainVerifier(IDocumentStore<AuditEntry> entries, IDocumentStore<AuditChainHead> heads, IOptions<AuditOptions> options, ILogger<AuditChainVerifier> logger)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _entries = entries;
        _heads = heads;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Verifies <paramref name="chain"/> from its first entry to its end.</summary>
    public async Task<AuditVerification> VerifyAsync(AuditChain chain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var head = await ReadHeadAsync(chain, cancellationToken);
        var previousHash = AuditCanonicalForm.Genesis;
        long seq = 1;
        while (true)
        {
            // Entries are read a batch at a time, in parallel, and checked in order.
            var batch = await Task.WhenAll(Enumerable.Range(0, BatchSize)
                .Select(offset => ReadEntryAsync(chain, seq + offset, cancellationToken)));
            foreach (var (entry, unreadable) in batch)
            {
                if (unreadable)
                {
                    return Report(chain, Broken(chain, seq, AuditBreak.HashMismatch, "the entry no longer reads as an audit entry: it was altered"));
                }

                if (entry is null)
                {
                    return Report(chain, await EndOrGapAsync(chain, seq, head, cancellationToken));
                }

                if (Check(chain, seq, entry, previousHash) is { } broken)
                {
                    return Report(chain, broken);
                }

                if (head is not null && head.Seq == seq && !string.Equals(head.Hash, entry.Hash, StringComparison.Ordinal))
                {
                    return Report(chain, Broken(chain, seq, AuditBreak.LinkMismatch, "the chain's head records another hash for this entry: it was replaced"));
                }

                previousHash = entry.Hash;
                seq++;
            }
        }
    }

    /// <summary>Null when <paramref name="entry"/> is right at <paramref name="seq"/> after an entry of hash <paramref name="previousHash"/>.</summary>
    private static AuditVerification? Check(AuditChain chain, long seq, AuditEntry entry, string previousHash)
    {
        if (!AuditCanonicalForm.IsKnown(entry.Format))
        {
            return Broken(chain, seq, AuditBreak.HashMismatch, $"the entry claims format {entry.Format}, which is unknown");
        }

        if (!string.Equals(entry.Chain, chain.Name, StringComparison.Ordinal) || entry.Seq != seq)
        {
            return Broken(chain, seq, AuditBreak.HashMismatch, "the entry names another chain or position than where it is stored: it was altered or moved");
        }

        if (!string.Equals(AuditCanonicalForm.HashOf(entry, chain.Name, seq), entry.Hash, StringComparison.Ordinal))
        {
            return Broken(chain, seq, AuditBreak.HashMismatch, "the entry's content does not give its hash: it was altered");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return Broken(chain, seq, AuditBreak.LinkMismatch, seq == 1
                ? "the first entry does not start from the genesis hash: it was replaced"
                : "the entry does not link to the entry before it: that entry was replaced, or entries were removed");
        }

        return null;
    }

    /// <summary>Entry <paramref name="seq"/> is missing: the chain's end, unless the head or a later entry shows it goes on.</summary>
    private async Task<AuditVerification> EndOrGapAsync(AuditChain chain, long seq, AuditChainHead? head, CancellationToken cancellationToken)
    {
        if (head is not null && head.Seq >= seq)
        {
            return Broken(chain, seq, AuditBreak.Gap, $"the entry is missing while the chain's head is at entry {head.Seq}: it was removed");
        }

        var probes = await Task.WhenAll(Enumerable.Range(1, _options.VerifyProbeAhead)
            .Select(offset => ReadEntryAsync(chain, seq + offset, cancellationToken)));
        var later = Array.FindIndex(probes, p => p.Entry is not null || p.Unreadable);
        if (later >= 0)
        {
            return Broken(chain, seq, AuditBreak.Gap, $"the entry is missing while entry {seq + 1 + later} exists: it was removed");
        }

        return new AuditVerification(chain.Name, seq - 1, null, null, null);
    }

    /// <summary>An entry, null when there is none, or unreadable when what is stored under its id no longer reads as one.</summary>
    private async Task<(AuditEntry? Entry, bool Unreadable)> ReadEntryAsync(AuditChain chain, long seq, CancellationToken cancellationToken)
    {
        try
        {
            return ((await _entries.ReadAsync(AuditEntry.IdOf(chain, seq), cancellationToken))?.Document, false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    /// <summary>The chain's head; null when there is none or it no longer reads (it is only a hint).</summary>
    private async Task<AuditChainHead?> ReadHeadAsync(AuditChain chain, CancellationToken cancellationToken)
    {
        try
        {
            return (await _heads.ReadAsync(AuditChainHead.IdOf(chain), cancellationToken))?.Document;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AuditVerification Broken(AuditChain chain, long seq, AuditBreak problem, string reason) =>
        new(chain.Name, seq - 1, seq, problem, reason);

    private AuditVerification Report(AuditChain chain, AuditVerification result)
    {
        if (result.Ok)
        {
            LogVerified(chain.ForLog, result.EntriesChecked);
        }
        else
        {
            LogBroken(chain.ForLog, result.BrokenAtSeq!.Value, result.Problem!.Value, result.EntriesChecked);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain {Chain} verified: {Entries} entries")]
    private partial void LogVerified(string chain, long entries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit chain {Chain} is broken at entry {Seq} ({Problem}) after {Entries} good entries")]
    private partial void LogBroken(string chain, long seq, AuditBreak problem, long entries);
}
