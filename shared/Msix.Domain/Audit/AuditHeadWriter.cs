using Msix.Domain.Storage;

namespace Msix.Domain.Audit;

/// <summary>Moves the head of a chain or journal forward, never back, under optimistic concurrency.</summary>
internal static class AuditHeadWriter
{
    private const int MaxAttempts = 20;

    /// <summary>
    /// Moves the head to <paramref name="head"/> unless it is there or further already. Gives up after a few lost
    /// races (Behind): the head is then left where another writer put it. Returns the head's version as last seen.
    /// </summary>
    public static async Task<(string? ETag, bool Behind)> AdvanceAsync(IDocumentStore<AuditChainHead> heads, AuditChainHead head, string? knownETag, CancellationToken cancellationToken)
    {
        var etag = knownETag;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var written = etag is null
                ? await heads.TryCreateAsync(head, cancellationToken)
                : await heads.TryReplaceAsync(head, etag, cancellationToken);
            if (written is not null)
            {
                return (written.ETag, false);
            }

            var current = await heads.ReadAsync(head.Id, cancellationToken);
            if (current is not null && current.Document.Seq >= head.Seq)
            {
                return (current.ETag, false);
            }

            etag = current?.ETag;
        }

        return (etag, true);
    }
}
