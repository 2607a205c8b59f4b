using Msix.Domain.Storage;

namespace Msix.Domain.Submissions;

/// <summary>The exchange's record of one submission: its status, its uploads, and its receipt's counts once done.</summary>
public sealed record SubmissionDocument(
    string Id,
    string State,
    string SubmissionId,
    SubmissionStatus Status,
    IReadOnlyList<SubmissionUpload> Uploads,
    int Attempts,
    ReceiptStatus? ReceiptStatus,
    ReceiptCounts? Counts,
    DateTimeOffset UpdatedAt) : IDocument
{
    public static string IdOf(string state, string submissionId) => $"{state}-{submissionId}";
}
