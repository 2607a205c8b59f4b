using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Msix.Domain.Audit;
using Msix.Domain.Storage;

namespace Msix.Adapters.Storage;

/// <summary>
/// Audit anchors in the "audit-anchors" container: one blob a set, named by when it was taken
/// (<c>20261127T053000000Z.jsonl</c>, so names sort by time), one JSON anchor a line, written only when no blob
/// has the name. In Azure the container is under a time-based immutability policy: no one can change or remove
/// a set once written, the exchange's own identity included.
/// </summary>
public sealed class BlobAuditAnchorArchive : IAuditAnchorArchive
{
    private readonly BlobContainerClient _container;

    public BlobAuditAnchorArchive(BlobServiceClient blobService)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _container = blobService.GetBlobContainerClient(BlobContainerNames.AuditAnchors);
    }

    /// <summary>The blob name of a set of anchors taken at <paramref name="anchoredAt"/>.</summary>
    public static string BlobNameOf(DateTimeOffset anchoredAt) =>
        anchoredAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z.jsonl'", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<AuditAnchor>> LatestAsync(CancellationToken cancellationToken)
    {
        string? latest = null;
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (item.Name.EndsWith(".jsonl", StringComparison.Ordinal) && string.CompareOrdinal(item.Name, latest) > 0)
            {
                latest = item.Name;
            }
        }

        if (latest is null)
        {
            return [];
        }

        var content = await _container.GetBlobClient(latest).DownloadContentAsync(cancellationToken);
        try
        {
            return AuditAnchorLines.Parse(content.Value.Content.ToString(), $"the audit anchors {latest}");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    public async Task KeepAsync(IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        if (anchors.Count == 0)
        {
            return;
        }

        var text = AuditAnchorLines.Text(anchors);
        var blob = _container.GetBlobClient(BlobNameOf(anchors[0].AnchoredAt));
        try
        {
            await blob.UploadAsync(
                BinaryData.FromString(text),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/jsonl; charset=utf-8" },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another run took its anchors in the same millisecond: the same anchors are kept as they are.
            if (!string.Equals((await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToString(), text, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The audit anchors {blob.Name} are there already with other anchors.", e);
            }
        }
    }
}
