using System.Text.Json.Serialization;

namespace Msix.Domain.Submissions;

/// <summary>
/// What the exchange tells a State about one submission: what it received, what it accepted and
/// rejected and why, and how long it took. Written beside the submission as JSON and as a CSV of errors.
/// </summary>
public sealed record Receipt(
    string SubmissionId,
    string State,
    ReceiptStatus Status,
    string Format,
    IReadOnlyList<SubmissionUpload> Uploads,
    DateTimeOffset ProcessingStartedAt,
    DateTimeOffset ProcessedAt,
    double ProcessingSeconds,
    ReceiptCounts Counts,
    long ErrorCount,
    bool ErrorsTruncated,
    IReadOnlyList<SubmissionError> Errors);

/// <summary>The outcome of a submission as a whole.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReceiptStatus>))]
public enum ReceiptStatus
{
    /// <summary>Every child record was accepted.</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>Some child records were accepted, some rejected: see the errors.</summary>
    [JsonStringEnumMemberName("accepted-with-errors")]
    AcceptedWithErrors,

    /// <summary>Nothing was accepted: the file could not be read, or every record had errors.</summary>
    [JsonStringEnumMemberName("rejected")]
    Rejected,
}

/// <summary>
/// The counts of a receipt. A child record is accepted when its data is now what the exchange holds for
/// the child (stored now, or already identical), or when newer data of the child was already held
/// (skipped as older); it is rejected when any of its rows had an error.
/// </summary>
public sealed record ReceiptCounts(
    long ChildrenReceived,
    long ChildrenAccepted,
    long ChildrenRejected,
    long ChildrenStored,
    long ChildrenUnchanged,
    long ChildrenSkippedAsOlder,
    long ChildrenWithdrawn,
    long RowsReceived,
    long RowsRejected);

/// <summary>One upload of a submission's file; the same content sent again is a duplicate and changes nothing.</summary>
public sealed record SubmissionUpload(string BlobName, DateTimeOffset ReceivedAt, bool Duplicate);
