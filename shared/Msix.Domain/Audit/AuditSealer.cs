using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>
/// Seals appended entries in one journal of <see cref="AuditSeal"/>s, many appends to a seal (a group commit):
/// while a seal is being written, the appends that finish wait, and the next seal names the ends of all the
/// chains they reached. A seal costs two writes (the seal, then the journal's head) however many appends it
/// seals, where moving each chain's own head would cost one per chain and append.
/// </summary>
/// <remarks>
/// Each process writes to one journal, drawn at start from <see cref="AuditOptions.SealJournals"/>; processes
/// that draw the same one take positions as appenders of a chain do (create-if-absent, then link to the winner).
/// Seals are written for many callers at once, so no one caller's cancellation stops them.
/// </remarks>
internal sealed partial class AuditSealer
{
    private const int MaxProbes = 100_000;

    private readonly IDocumentStore<AuditSeal> _seals;
    private readonly IDocumentStore<AuditChainHead> _heads;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _maxEnds;
    private readonly Lock _gate = new();
    private List<WaitingAppend> _waiting = [];
    private bool _sealing;

    // Touched only by the one sealing loop that runs at a time.
    private ChainTip? _tip;

    public AuditSealer(IDocumentStore<AuditSeal> seals, IDocumentStore<AuditChainHead> heads, AuditOptions options, TimeProvider time, ILogger logger)
    {
        _seals = seals;
        _heads = heads;
        _time = time;
        _logger = logger;
        _maxEnds = options.MaxEndsPerSeal;
        Journal = AuditSeal.JournalName(RandomNumberGenerator.GetInt32(options.SealJournals));
    }

    /// <summary>The journal this process seals in.</summary>
    public string Journal { get; }

    /// <summary>Returns once a seal names the end each of <paramref name="entries"/> made (or a later end of its chain).</summary>
    public Task SealAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var waiting = new WaitingAppend([.. entries.Select(e => new SealedEnd(e.Chain, e.Seq, e.Hash))]);
        bool start;
        lock (_gate)
        {
            _waiting.Add(waiting);
            start = !_sealing;
            _sealing = true;
        }

        if (start)
        {
            _ = SealWaitingAsync();
        }

        return waiting.Sealed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Seals what waits, again and again, until nothing does. Never throws: a failure fails the appends it seals.</summary>
    private async Task SealWaitingAsync()
    {
        await Task.Yield();
        while (true)
        {
            List<WaitingAppend> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _sealing = false;
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            try
            {
                // A chain appended to several times meanwhile is sealed at its furthest end: its links cover the rest.
                var ends = batch
                    .SelectMany(w => w.Ends)
                    .GroupBy(e => e.Chain, StringComparer.Ordinal)
                    .Select(g => g.MaxBy(e => e.Seq)!)
                    .ToList();
                foreach (var chunk in ends.Chunk(_maxEnds))
                {
                    await WriteSealAsync(chunk);
                }

                LogSealed(Journal, batch.Count, ends.Count);
                foreach (var waiting in batch)
                {
                    waiting.Sealed.TrySetResult();
                }
            }
            catch (Exception e)
            {
                // The journal's end is read again before the next seal; these appends fail, as their caller must know.
                _tip = null;
                LogSealFailed(e, Journal, batch.Count);
                foreach (var waiting in batch)
                {
                    waiting.Sealed.TrySetException(e);
                }
            }
        }
    }

    /// <summary>Appends one seal to the journal, after its known end (linking to other processes' seals found there), then moves its head.</summary>
    private async Task WriteSealAsync(IReadOnlyList<SealedEnd> ends)
    {
        var tip = _tip ?? await ReadHeadAsync();
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var seal = AuditSeal.Create(Journal, tip.Seq + 1, _time.GetUtcNow(), ends, tip.Hash);
            if (await _seals.TryCreateAsync(seal, CancellationToken.None) is not null)
            {
                var head = new AuditChainHead(AuditSeal.HeadIdOf(Journal), Journal, seal.Seq, seal.Hash);
                var (etag, behind) = await AuditHeadWriter.AdvanceAsync(_heads, head, tip.HeadETag, CancellationToken.None);
                if (behind)
                {
                    LogHeadBehind(Journal, seal.Seq);
                }

                _tip = new ChainTip(seal.Seq, seal.Hash, etag);
                return;
            }

            var taken = (await _seals.ReadAsync(seal.Id, CancellationToken.None))?.Document
                ?? throw new InvalidOperationException($"Seal {seal.Seq} of audit journal {Journal} exists but cannot be read.");
            tip = tip with { Seq = seal.Seq, Hash = taken.Hash };
        }

        throw new InvalidOperationException($"No free position found in audit journal {Journal} after {MaxProbes} tries.");
    }

    private async Task<ChainTip> ReadHeadAsync() =>
        await _heads.ReadAsync(AuditSeal.HeadIdOf(Journal), CancellationToken.None) is { } head
            ? new ChainTip(head.Document.Seq, head.Document.Hash, head.ETag)
            : ChainTip.Empty;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit journal {Journal} sealed {Appends} appends ({Chains} chain ends)")]
    private partial void LogSealed(string journal, int appends, int chains);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit journal {Journal} could not seal {Appends} appends; they fail")]
    private partial void LogSealFailed(Exception exception, string journal, int appends);

    [LoggerMessage(Level = LogLevel.Information, Message = "The head of audit journal {Journal} stays behind seal {Seq} after other writers moved it; the next seal probes forward")]
    private partial void LogHeadBehind(string journal, long seq);

    private sealed record WaitingAppend(IReadOnlyList<SealedEnd> Ends)
    {
        public TaskCompletionSource Sealed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
