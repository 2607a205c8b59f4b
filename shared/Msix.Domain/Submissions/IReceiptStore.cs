namespace Msix.Domain.Submissions;

/// <summary>The port to where receipts are kept (blob storage, beside the drop zone).</summary>
public interface IReceiptStore
{
    Task SaveAsync(string state, string submissionId, ReceiptFile file, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a receipt file for reading; null when there is none.</summary>
    Task<Stream?> OpenAsync(string state, string submissionId, ReceiptFile file, CancellationToken cancellationToken);
}
