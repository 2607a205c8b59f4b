namespace Msix.Domain.Submissions;

/// <summary>The port to the drop zone, for submissions that arrive over HTTP instead of as a blob.</summary>
public interface IDropZone
{
    /// <summary>Streams <paramref name="content"/> into the State's folder under <paramref name="blobName"/> (relative to the folder).</summary>
    Task UploadAsync(string state, string blobName, Stream content, CancellationToken cancellationToken);
}
