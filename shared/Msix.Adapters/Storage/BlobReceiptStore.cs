using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Adapters.Storage;

/// <summary>Receipts in the "receipts" container: receipts/{state}/{submissionId}.json and .errors.csv.</summary>
public sealed class BlobReceiptStore : IReceiptStore
{
    private readonly BlobContainerClient _container;

    public BlobReceiptStore(BlobServiceClient blobService)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _container = blobService.GetBlobContainerClient(BlobContainerNames.Receipts);
    }

    /// <summary>The blob name of a receipt file, relative to the container.</summary>
    public static string BlobNameOf(string state, string submissionId, ReceiptFile file)
    {
        BlobPaths.CheckSegment(state, nameof(state));
        BlobPaths.CheckSegment(submissionId, nameof(submissionId));
        return file switch
        {
            ReceiptFile.Json => $"{state}/{submissionId}.json",
            ReceiptFile.ErrorsCsv => $"{state}/{submissionId}.errors.csv",
            _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Unknown receipt file."),
        };
    }

    public static string ContentTypeOf(ReceiptFile file) => file switch
    {
        ReceiptFile.Json => "application/json; charset=utf-8",
        ReceiptFile.ErrorsCsv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Unknown receipt file."),
    };

    public async Task SaveAsync(string state, string submissionId, ReceiptFile file, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = _container.GetBlobClient(BlobNameOf(state, submissionId, file));
        await blob.UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(file) } },
            cancellationToken);
    }

    public async Task<Stream?> OpenAsync(string state, string submissionId, ReceiptFile file, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(BlobNameOf(state, submissionId, file));
        try
        {
            // The response body itself: read from storage as the caller reads, not buffered here.
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ReceiptListing>> ListAsync(string state, int max, CancellationToken cancellationToken)
    {
        BlobPaths.CheckSegment(state, nameof(state));
        var listed = new List<ReceiptListing>();
        try
        {
            await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = state + "/" }, cancellationToken))
            {
                if (item.Name.EndsWith(".json", StringComparison.Ordinal))
                {
                    listed.Add(new ReceiptListing(item.Name[(state.Length + 1)..^".json".Length], item.Properties.CreatedOn ?? item.Properties.LastModified ?? DateTimeOffset.MinValue));
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        return [.. listed.OrderByDescending(l => l.WrittenAt).ThenBy(l => l.SubmissionId, StringComparer.Ordinal).Take(max)];
    }
}
