using Microsoft.Extensions.Logging;

namespace Msix.Domain.Audit;

/// <summary>
/// Anchors the audit journals on a schedule (the <c>AnchorAuditJournals</c> timer): holds each journal to its
/// latest anchor in the archive, checks the seals written since, and keeps a new set of anchors. A journal that
/// no longer reaches its anchor, or whose seals since do not verify, is not anchored anew: the run fails and
/// says which journal and where.
/// </summary>
public sealed partial class AuditAnchorService(AuditJournalVerifier verifier, IAuditAnchorArchive archive, TimeProvider time, ILogger<AuditAnchorService> logger)
{
    public async Task<AuditAnchoring> AnchorAsync(CancellationToken cancellationToken)
    {
        var earlier = await archive.LatestAsync(cancellationToken);
        var anchoring = await verifier.AnchorAllAsync(earlier, time.GetUtcNow(), fromAnchors: true, cancellationToken);
        if (anchoring.Verifications.FirstOrDefault(v => !v.Ok) is { } broken)
        {
            LogBroken(broken.Chain, broken.BrokenAtSeq!.Value, broken.Problem!.Value);
            throw new InvalidOperationException(
                $"Audit journal {broken.Chain} is broken at seal {broken.BrokenAtSeq} ({broken.Problem}): {broken.Reason}. Nothing was anchored; run msix audit verify --seals.");
        }

        if (anchoring.Anchors.Count > 0)
        {
            await archive.KeepAsync(anchoring.Anchors, cancellationToken);
        }

        var seals = anchoring.Anchors.Sum(a => a.Seq);
        LogAnchored(anchoring.Anchors.Count, seals, earlier.Count);
        return anchoring;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Anchored {Journals} audit journals ({Seals} seals), held to {EarlierAnchors} earlier anchors")]
    private partial void LogAnchored(int journals, long seals, int earlierAnchors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit journal {Journal} is broken at seal {Seq} ({Problem}): nothing was anchored")]
    private partial void LogBroken(string journal, long seq, AuditBreak problem);
}
