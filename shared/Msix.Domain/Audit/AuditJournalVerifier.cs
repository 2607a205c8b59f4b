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
    public async Task<IReadOnlyList<AuditVerification>> VerifyAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<AuditVerification>(_options.SealJournals);
        for (var number = 0; number < _options.SealJournals; number++)
        {
            results.Add(await VerifyAsync(AuditSeal.JournalName(number), cancellationToken));
        }

        return results;
    }

    /// <summary>Verifies <paramref name="journal"/> from its first seal to its last.</summary>
    public async Task<AuditVerification> VerifyAsync(string journal, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(journal);
        var head = await ReadHeadAsync(journal, cancellationToken);
        var previousHash = AuditCanonicalForm.Genesis;
        long seq = 1;
        while (true)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, BatchSize)
                .Select(offset => ReadSealAsync(journal, seq + offset, cancellationToken)));
            foreach (var (seal, unreadable) in batch)
            {
                if (unreadable)
                {
                    return Report(Broken(journal, seq, AuditBreak.HashMismatch, "the seal no longer reads as a seal: it was altered"));
                }

                if (seal is null)
                {
                    return Report(await EndOrGapAsync(journal, seq, head, cancellationToken));
                }

                var broken = Check(journal, seq, seal, previousHash)
                    ?? (head is not null && head.Seq == seq && !string.Equals(head.Hash, seal.Hash, StringComparison.Ordinal)
                        ? Broken(journal, seq, AuditBreak.LinkMismatch, "the journal's head records another hash for this seal: it was replaced")
                        : null)
                    ?? await CheckEndsAsync(journal, seq, seal, cancellationToken);
                if (broken is not null)
                {
                    return Report(broken);
                }

                previousHash = seal.Hash;
                seq++;
            }
        }
    }

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
