using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Adapters.Storage;

/// <summary>
/// The "dropzone" container, for submissions that arrive over HTTP: the body is streamed into
/// dropzone/{state}/{blobName} in blocks, never held whole in memory.
/// </summary>
public sealed class BlobDropZone : IDropZone
{
    /// <summary>The size of each block sent; at most <see cref="MaximumConcurrency"/> blocks are in memory at once.</summary>
    public const int BlockSize = 4 * 1024 * 1024;

    public const int MaximumConcurrency = 2;

    private readonly BlobContainerClient _container;

    public BlobDropZone(BlobServiceClient blobService)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        _container = blobService.GetBlobContainerClient(BlobContainerNames.DropZone);
    }

    public static string BlobNameOf(string state, string blobName)
    {
        BlobPaths.CheckSegment(state, nameof(state));
        BlobPaths.CheckRelativeName(blobName, nameof(blobName));
        return $"{state}/{blobName}";
    }

    public async Task UploadAsync(string state, string blobName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blob = _container.GetBlobClient(BlobNameOf(state, blobName));
        await blob.UploadAsync(
            content,
            new BlobUploadOptions
            {
                TransferOptions = new StorageTransferOptions
                {
                    InitialTransferSize = BlockSize,
                    MaximumTransferSize = BlockSize,
                    MaximumConcurrency = MaximumConcurrency,
                },
            },
            cancellationToken);
    }
}
