namespace Msix.Domain.Submissions;

/// <summary>The port to where receipts are kept (blob storage, beside the drop zone).</summary>
public interface IReceiptStore
{
    Task SaveAsync(string state, string submissionId, ReceiptFile file, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a receipt file for reading; null when there is none.</summary>
    Task<Stream?> OpenAsync(string state, string submissionId, ReceiptFile file, CancellationToken cancellationToken);

    /// <summary>The State's submissions that have a receipt, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<ReceiptListing>> ListAsync(string state, int max, CancellationToken cancellationToken);
}

/// <summary>A submission with a receipt, and when the receipt was written.</summary>
public sealed record ReceiptListing(string SubmissionId, DateTimeOffset WrittenAt);
