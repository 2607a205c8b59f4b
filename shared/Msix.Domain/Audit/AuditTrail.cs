using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Identity;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// The append-only, tamper-evident audit trail: every read of a child's record, every search and every piece
/// of identity work is appended to the chain of the user who acted and to the chain of each child concerned.
/// Each chain is a sequence of entries whose ids sort in order ("{chain}:{seq:D10}"), each carrying the hash
/// of the one before, so <see cref="AuditChainVerifier"/> can tell an altered, replaced or removed entry.
/// </summary>
/// <remarks>
/// Appending never overwrites: an entry is only ever created (create-if-absent), so of two writers that
/// reach for the same position one wins and the other moves on to the next, linking to the winner's entry.
/// The chain's head document ("{chain}:head") and this process's memory of each chain's end are hints that
/// save reads; either may lag behind the real end, and an appender probes forward from wherever they point.
/// What shows that no entry was removed from a chain's end is the seal (<see cref="AuditSeal"/>) each append
/// waits for: it names the end the append made, and <see cref="AuditJournalVerifier"/> checks it is still there.
/// </remarks>
public sealed partial class AuditTrail
{
    private const int MaxProbes = 100_000;
    private const int MaxVanished = 3;

    private readonly IDocumentStore<AuditEntry> _entries;
    private readonly IDocumentStore<AuditChainHead> _heads;
    private readonly AuditOptions _options;
    private readonly ILogger<AuditTrail> _logger;
    private readonly ChainTipCache _tips;
    private readonly AuditSealer _sealer;

    public AuditTrail(
        IDocumentStore<AuditEntry> entries,
        IDocumentStore<AuditChainHead> heads,
        IDocumentStore<AuditSeal> seals,
        IOptions<AuditOptions> options,
        TimeProvider time,
        ILogger<AuditTrail> logger)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(seals);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _entries = entries;
        _heads = heads;
        _options = options.Value;
        _logger = logger;
        _tips = new ChainTipCache(_options.CachedChains);
        _sealer = new AuditSealer(seals, heads, _options, time, logger);
    }

    /// <summary>The journal this trail seals its appends in (one per process).</summary>
    public string Journal => _sealer.Journal;

    /// <summary>
    /// Records <paramref name="auditEvent"/>: appends it to the actor's chain (listing every MSIX ID) and, at the
    /// same time, to the chain of each MSIX ID (listing that one), all with one event id, then waits until a seal
    /// names the ends they made. Returns the entries written, the user's first. When it throws, some chains may
    /// hold the event and others not, or hold it unsealed: the caller should fail the operation it audits.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        var msixIds = Validate(auditEvent);
        var eventId = Guid.NewGuid().ToString("N");
        var appends = new List<Task<AuditEntry>>(msixIds.Count + 1)
        {
            AppendToChainAsync(AuditChain.ForUser(auditEvent.ActorUserId), eventId, auditEvent, msixIds, cancellationToken),
        };
        appends.AddRange(msixIds.Select(msixId =>
            AppendToChainAsync(AuditChain.ForStudent(msixId), eventId, auditEvent, [msixId], cancellationToken)));
        var entries = await Task.WhenAll(appends);
        await _sealer.SealAsync(entries, cancellationToken);
        LogAppended(auditEvent.Operation, entries.Length, msixIds.Count);
        return entries;
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries of <paramref name="chain"/> from position <paramref name="fromSeq"/> on,
    /// oldest first (at most <see cref="AuditOptions.MaxPageSize"/>). Empty past the end. An entry missing
    /// from the store is left out (the positions show the gap; the verifier reports it).
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadChainAsync(AuditChain chain, long fromSeq, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSeq, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        count = Math.Min(count, _options.MaxPageSize);

        // Up to the head, every entry exists (unless removed): read them at once. Past it, probe one by one.
        var head = (await _heads.ReadAsync(AuditChainHead.IdOf(chain), cancellationToken))?.Document;
        var last = Math.Min(fromSeq + count - 1, head?.Seq ?? 0);
        var read = new List<AuditEntry>(count);
        if (last >= fromSeq)
        {
            read.AddRange(await ReadRangeAsync(chain, fromSeq, last, cancellationToken));
        }

        for (var seq = Math.Max(fromSeq, last + 1); read.Count < count; seq++)
        {
            if ((await _entries.ReadAsync(AuditEntry.IdOf(chain, seq), cancellationToken))?.Document is not { } entry)
            {
                break;
            }

            read.Add(entry);
        }

        return read;
    }

    /// <summary>
    /// The newest <paramref name="count"/> entries of <paramref name="chain"/> before position
    /// <paramref name="beforeSeq"/> (from the end when null), newest first (at most
    /// <see cref="AuditOptions.MaxPageSize"/>), with where the next, older page starts. This is the listing of
    /// the administrators' "per child" (<see cref="AuditChain.ForStudent"/>) and "per user"
    /// (<see cref="AuditChain.ForUser"/>) views.
    /// </summary>
    public async Task<AuditPage> ReadNewestAsync(AuditChain chain, long? beforeSeq, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (beforeSeq is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(beforeSeq), "A page starts before position 1 or later.");
        }

        count = Math.Min(count, _options.MaxPageSize);
        var last = beforeSeq is { } before ? before - 1 : await LastSeqAsync(chain, cancellationToken);
        if (last < 1)
        {
            return new AuditPage(chain.Name, [], null);
        }

        var first = Math.Max(1, last - count + 1);
        var entries = await ReadRangeAsync(chain, first, last, cancellationToken);
        return new AuditPage(chain.Name, [.. entries.Reverse()], first > 1 ? first : null);
    }

    /// <summary>
    /// The position of the last entry of <paramref name="chain"/> (0 when it has none): its head, then probed
    /// forward, as many positions at once as the head can lag behind.
    /// </summary>
    public async Task<long> LastSeqAsync(AuditChain chain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var last = (await _heads.ReadAsync(AuditChainHead.IdOf(chain), cancellationToken))?.Document.Seq ?? 0;
        while (true)
        {
            var from = last + 1;
            var probes = await Task.WhenAll(Enumerable.Range(0, _options.HeadEvery)
                .Select(offset => _entries.ReadAsync(AuditEntry.IdOf(chain, from + offset), cancellationToken)));
            var missing = Array.FindIndex(probes, p => p is null);
            if (missing >= 0)
            {
                return last + missing;
            }

            last += probes.Length;
        }
    }

    private async Task<IEnumerable<AuditEntry>> ReadRangeAsync(AuditChain chain, long first, long last, CancellationToken cancellationToken)
    {
        var reads = await Task.WhenAll(Enumerable.Range(0, (int)(last - first + 1))
            .Select(offset => _entries.ReadAsync(AuditEntry.IdOf(chain, first + offset), cancellationToken)));
        return reads.Where(r => r is not null).Select(r => r!.Document);
    }

    /// <summary>
    /// Appends one entry to <paramref name="chain"/>: tries the position after the chain's known end (the first,
    /// for a chain this process has not seen); when another writer took it, reads the head once and jumps there if
    /// it is further, else reads that writer's entry and those after it, and tries the first position free. Then
    /// moves the head forward on every <see cref="AuditOptions.HeadEvery"/>th entry.
    /// </summary>
    private async Task<AuditEntry> AppendToChainAsync(AuditChain chain, string eventId, AuditEvent auditEvent, IReadOnlyList<string> msixIds, CancellationToken cancellationToken)
    {
        // A chain this process has not seen is most often a new one (a child's first read): its first position is
        // tried before its head is read, and when that is taken the head is read as after any lost race.
        var headRead = false;
        _tips.TryGet(chain, out var tip);

        var vanished = 0;
        for (var conflicts = 0; conflicts < MaxProbes; conflicts++)
        {
            var entry = AuditEntry.Create(chain, tip.Seq + 1, eventId, auditEvent, msixIds, tip.Hash);
            if (await _entries.TryCreateAsync(entry, cancellationToken) is not null)
            {
                if (conflicts > 0)
                {
                    LogContended(chain.ForLog, entry.Seq, conflicts);
                }

                var headETag = entry.Seq % _options.HeadEvery == 0
                    ? await AdvanceHeadAsync(chain, entry, tip.HeadETag, cancellationToken)
                    : tip.HeadETag;
                _tips.Remember(chain, new ChainTip(entry.Seq, entry.Hash, headETag));
                return entry;
            }

            // Another writer took this position. The head may be further on (other processes appended many):
            // look there once; otherwise link to the entry that took the position.
            if (!headRead)
            {
                headRead = true;
                var fromHead = await ReadHeadTipAsync(chain, cancellationToken);
                tip = tip with { HeadETag = fromHead.HeadETag };
                if (fromHead.Seq > entry.Seq)
                {
                    tip = await ReadAheadAsync(chain, fromHead, cancellationToken);
                    continue;
                }
            }

            if ((await _entries.ReadAsync(entry.Id, cancellationToken))?.Document is { } taken)
            {
                // The entries after it are read, not tried: one call a position instead of a refused create and a read.
                tip = await ReadAheadAsync(chain, tip with { Seq = entry.Seq, Hash = taken.Hash }, cancellationToken);
                vanished = 0;
            }
            else if (++vanished >= MaxVanished)
            {
                // Taken, yet not there when read, again and again: the store cannot read back what it holds.
                throw new InvalidOperationException($"Audit entry {entry.Seq} of chain {chain.ForLog} exists but cannot be read.");
            }
        }

        throw new InvalidOperationException($"No free position found in audit chain {chain.ForLog} after {MaxProbes} tries.");
    }

    /// <summary>The tip moved past every entry that follows it, read one after another up to the first position not taken.</summary>
    private async Task<ChainTip> ReadAheadAsync(AuditChain chain, ChainTip tip, CancellationToken cancellationToken)
    {
        for (var read = 0; read < MaxProbes; read++)
        {
            if ((await _entries.ReadAsync(AuditEntry.IdOf(chain, tip.Seq + 1), cancellationToken))?.Document is not { } next)
            {
                break;
            }

            tip = tip with { Seq = next.Seq, Hash = next.Hash };
        }

        return tip;
    }

    private async Task<ChainTip> ReadHeadTipAsync(AuditChain chain, CancellationToken cancellationToken) =>
        await _heads.ReadAsync(AuditChainHead.IdOf(chain), cancellationToken) is { } head
            ? new ChainTip(head.Document.Seq, head.Document.Hash, head.ETag)
            : ChainTip.Empty;

    private async Task<string?> AdvanceHeadAsync(AuditChain chain, AuditEntry entry, string? knownETag, CancellationToken cancellationToken)
    {
        var head = new AuditChainHead(AuditChainHead.IdOf(chain), chain.Name, entry.Seq, entry.Hash);
        var (etag, behind) = await AuditHeadWriter.AdvanceAsync(_heads, head, knownETag, cancellationToken);
        if (behind)
        {
            LogHeadBehind(chain.ForLog, entry.Seq);
        }

        return etag;
    }

    /// <summary>Checks an event before anything is written; returns its MSIX IDs without repeats, in order.</summary>
    private List<string> Validate(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.ActorUserId, nameof(auditEvent));
        if (string.IsNullOrWhiteSpace(auditEvent.Role) || string.IsNullOrWhiteSpace(auditEvent.Operation))
        {
            throw new ArgumentException("An audit event names the actor's role and the operation.", nameof(auditEvent));
        }

        if (auditEvent.ActorState is { } state && string.IsNullOrWhiteSpace(state))
        {
            throw new ArgumentException("An audit event's State is null (a national role) or a State code.", nameof(auditEvent));
        }

        if (auditEvent.Detail is { } detail && detail.Length > _options.MaxDetailLength)
        {
            throw new ArgumentException($"An audit event's detail may have at most {_options.MaxDetailLength} characters.", nameof(auditEvent));
        }

        ArgumentNullException.ThrowIfNull(auditEvent.MsixIds, nameof(auditEvent));
        var msixIds = auditEvent.MsixIds.Distinct(StringComparer.Ordinal).ToList();
        var invalid = msixIds.Count(id => !MsixId.IsValid(id));
        if (invalid > 0)
        {
            throw new ArgumentException($"An audit event names {invalid} MSIX ID(s) that are not valid.", nameof(auditEvent));
        }

        _ = AuditChain.ForUser(auditEvent.ActorUserId);
        return msixIds;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit event {Operation} appended to {ChainCount} chains ({MsixIdCount} MSIX IDs)")]
    private partial void LogAppended(string operation, int chainCount, int msixIdCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit entry {Seq} appended to {Chain} after {Conflicts} positions were taken by other writers")]
    private partial void LogContended(string chain, long seq, int conflicts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The head of audit chain {Chain} stays behind entry {Seq} after other writers moved it; the next append probes forward")]
    private partial void LogHeadBehind(string chain, long seq);
}
