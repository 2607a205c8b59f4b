using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Mde;
using Msix.Domain.Storage;

namespace Msix.Domain.Submissions;

/// <summary>What an HTTP upload became: the submission's ID and where its file now sits in the drop zone.</summary>
public sealed record SubmissionAccepted(string State, string SubmissionId, string BlobName);

/// <summary>
/// Takes a submission sent over HTTP into the State's drop-zone folder, streaming it through (never holding
/// it in memory) while computing its submission ID; the drop zone's trigger then processes it like any file.
/// </summary>
public sealed partial class SubmissionUploadService(
    IDropZone dropZone,
    IDocumentStore<SubmissionDocument> submissions,
    IOptions<SubmissionLimits> limits,
    TimeProvider time,
    ILogger<SubmissionUploadService> logger)
{
    /// <exception cref="SubmissionTooLargeException">The body is larger than the limit.</exception>
    public async Task<SubmissionAccepted> UploadAsync(string state, Stream body, CancellationToken cancellationToken)
    {
        if (!UsStates.IsState(state))
        {
            throw new ArgumentException($"'{state}' is not a State code (TX, CA, PR ...).", nameof(state));
        }

        state = UsStates.Normalize(state);
        var receivedAt = time.GetUtcNow();
        var blobName = $"http-{receivedAt:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}";
        string submissionId;
        using (var hashing = new HashingReadStream(body, limits.Value.MaxFileBytes))
        {
            await dropZone.UploadAsync(state, blobName, hashing, cancellationToken);
            submissionId = hashing.HashHex();
        }

        var fullBlobName = $"{state}/{blobName}";
        var upload = new SubmissionUpload(fullBlobName, receivedAt, Duplicate: false);
        await submissions.TryCreateAsync(
            new SubmissionDocument(SubmissionDocument.IdOf(state, submissionId), state, submissionId, SubmissionStatus.Received, [upload], 0, null, null, receivedAt),
            cancellationToken);
        LogUploaded(submissionId, state);
        return new SubmissionAccepted(state, submissionId, fullBlobName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} from {State} received over HTTP")]
    private partial void LogUploaded(string submissionId, string state);
}
