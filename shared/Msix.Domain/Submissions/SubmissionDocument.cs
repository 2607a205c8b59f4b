using Msix.Domain.Reports.Quality;
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
    /// <summary>
    /// How many errors of each code the submission had, every error counted (not only those its receipt lists),
    /// most frequent first then by code; set with the receipt. Empty before, and for documents written before
    /// the codes were kept.
    /// </summary>
    public IReadOnlyList<ErrorCodeCount> ErrorCodes { get; init; } = [];

    public static string IdOf(string state, string submissionId) => $"{state}-{submissionId}";
}
