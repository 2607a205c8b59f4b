using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Submissions.Reading;
using Msix.Domain.Submissions.Receipts;

namespace Msix.Domain.Submissions;

/// <summary>
/// Takes one file from a State's drop-zone folder to stored contributions and a receipt: spools it (its
/// SHA-256 is the submission ID), reads and validates it child by child, stores every accepted child, and
/// writes the receipt. Idempotent: the same file again changes nothing and its receipt says so; a crash
/// part-way is resumed by redelivery and ends as one clean run would.
/// </summary>
public sealed partial class SubmissionIngestor(
    SubmissionReader reader,
    ContributionWriter contributions,
    IDocumentStore<SubmissionDocument> submissions,
    IReceiptStore receipts,
    IOptions<SubmissionLimits> limits,
    TimeProvider time,
    ILogger<SubmissionIngestor> logger)
{
    public async Task<Receipt> IngestAsync(string state, string blobName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        var options = limits.Value;
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var fileName = Path.GetFileName(blobName);
        var upload = new SubmissionUpload(blobName, startedAt, Duplicate: false);
        await using var spool = await SpooledSubmission.CreateAsync(content, options.WorkDirectory, options.MaxFileBytes, cancellationToken);
        var submissionId = spool.SubmissionId;

        if (!UsStates.IsState(state))
        {
            var errors = new SubmissionErrorLog(1);
            errors.Add(SubmissionError.ForFile(fileName, ErrorCodes.UnknownState, $"The folder '{state}' is not a State code (TX, CA, PR ...); the file must be dropped in its State's folder."));
            var unknownState = BuildReceipt(submissionId, state, "unknown", [upload], startedAt, started, new ReadProgress(), new ChildCounts(), errors);
            await SaveReceiptAsync(unknownState, cancellationToken);
            LogRejectedFolder(submissionId);
            return unknownState;
        }

        state = UsStates.Normalize(state);
        var id = SubmissionDocument.IdOf(state, submissionId);
        var existing = await submissions.ReadAsync(id, cancellationToken);
        if (existing?.Document.Status == SubmissionStatus.Completed)
        {
            return await RecordDuplicateAsync(existing.Document, upload, cancellationToken);
        }

        await submissions.UpdateAsync(id, current => (current ?? NewDocument(state, submissionId)) with
        {
            Status = SubmissionStatus.Processing,
            Attempts = (current?.Attempts ?? 0) + 1,
            Uploads = WithUpload(current?.Uploads ?? [], upload),
            UpdatedAt = time.GetUtcNow(),
        }, cancellationToken);

        var log = new SubmissionErrorLog(options.MaxReceiptErrors);
        var progress = new ReadProgress();
        var counts = new ChildCounts();
        if (spool.TooLarge)
        {
            log.Add(SubmissionError.ForFile(fileName, ErrorCodes.FileTooLarge, $"The file is {spool.Length:N0} bytes; the largest accepted is {options.MaxFileBytes:N0}. Split it into several submissions."));
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.StoreParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(reader.ReadAsync(spool.Path, fileName, log, progress, cancellationToken), parallel, async (child, token) =>
            {
                if (child.Record is null)
                {
                    counts.AddRejected();
                    return;
                }

                counts.Add(await contributions.StoreAsync(state, submissionId, child.Record, token));
            });
        }

        var document = (await submissions.ReadAsync(id, cancellationToken))?.Document ?? NewDocument(state, submissionId);
        var receipt = BuildReceipt(submissionId, state, progress.Format, document.Uploads, startedAt, started, progress, counts, log);
        await SaveReceiptAsync(receipt, cancellationToken);
        await submissions.UpdateAsync(id, current => (current ?? document) with
        {
            Status = SubmissionStatus.Completed,
            ReceiptStatus = receipt.Status,
            Counts = receipt.Counts,
            ErrorCodes = log.ErrorCodes,
            UpdatedAt = time.GetUtcNow(),
        }, cancellationToken);

        LogIngested(submissionId, state, receipt.Counts.ChildrenAccepted, receipt.Counts.ChildrenRejected, receipt.Counts.ChildrenReceived, receipt.ProcessingSeconds);
        foreach (var (code, count) in log.CountByCode)
        {
            LogErrorCode(submissionId, code, count);
        }

        return receipt;
    }

    /// <summary>The same content again: nothing changes but the list of uploads, on the document and on the receipt.</summary>
    private async Task<Receipt> RecordDuplicateAsync(SubmissionDocument document, SubmissionUpload upload, CancellationToken cancellationToken)
    {
        var duplicate = upload with { Duplicate = true };
        var updated = await submissions.UpdateAsync(document.Id, current =>
            current is null || current.Uploads.Any(u => u.BlobName == upload.BlobName)
                ? null
                : current with { Uploads = WithUpload(current.Uploads, duplicate), UpdatedAt = time.GetUtcNow() },
            cancellationToken);
        var uploads = updated?.Document.Uploads ?? document.Uploads;

        Receipt receipt;
        await using (var json = await receipts.OpenAsync(document.State, document.SubmissionId, ReceiptFile.Json, cancellationToken))
        {
            receipt = json is null
                ? throw new InvalidOperationException($"Submission {document.SubmissionId} is completed but its receipt is missing.")
                : await JsonSerializer.DeserializeAsync<Receipt>(json, MsixJson.Options, cancellationToken)
                    ?? throw new InvalidOperationException($"The receipt of submission {document.SubmissionId} is empty.");
        }

        receipt = receipt with { Uploads = uploads };
        await SaveReceiptAsync(receipt, cancellationToken);
        LogDuplicate(document.SubmissionId, document.State);
        return receipt;
    }

    private Receipt BuildReceipt(
        string submissionId,
        string state,
        string format,
        IReadOnlyList<SubmissionUpload> uploads,
        DateTimeOffset startedAt,
        long started,
        ReadProgress progress,
        ChildCounts counts,
        SubmissionErrorLog log)
    {
        var receiptCounts = new ReceiptCounts(
            ChildrenReceived: counts.Accepted + counts.Rejected,
            ChildrenAccepted: counts.Accepted,
            ChildrenRejected: counts.Rejected,
            ChildrenStored: counts.Stored,
            ChildrenUnchanged: counts.Unchanged,
            ChildrenSkippedAsOlder: counts.SkippedAsOlder,
            ChildrenWithdrawn: counts.Withdrawn,
            RowsReceived: progress.RowsReceived,
            RowsRejected: progress.RowsRejected);
        var status = log.HasFileError || (counts.Accepted == 0 && log.Count > 0) ? ReceiptStatus.Rejected
            : log.Count > 0 ? ReceiptStatus.AcceptedWithErrors
            : ReceiptStatus.Accepted;
        return new Receipt(
            submissionId,
            state,
            status,
            format,
            uploads,
            startedAt,
            time.GetUtcNow(),
            Math.Round(time.GetElapsedTime(started).TotalSeconds, 3),
            receiptCounts,
            log.Count,
            log.Truncated,
            log.Errors);
    }

    private async Task SaveReceiptAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        using (var json = new MemoryStream())
        {
            await ReceiptWriter.WriteJsonAsync(receipt, json, cancellationToken);
            json.Position = 0;
            await receipts.SaveAsync(receipt.State, receipt.SubmissionId, ReceiptFile.Json, json, cancellationToken);
        }

        using var csv = new MemoryStream();
        await ReceiptWriter.WriteErrorsCsvAsync(receipt, csv, cancellationToken);
        csv.Position = 0;
        await receipts.SaveAsync(receipt.State, receipt.SubmissionId, ReceiptFile.ErrorsCsv, csv, cancellationToken);
    }

    private SubmissionDocument NewDocument(string state, string submissionId) =>
        new(SubmissionDocument.IdOf(state, submissionId), state, submissionId, SubmissionStatus.Received, [], 0, null, null, time.GetUtcNow());

    private static IReadOnlyList<SubmissionUpload> WithUpload(IReadOnlyList<SubmissionUpload> uploads, SubmissionUpload upload) =>
        uploads.Any(u => u.BlobName == upload.BlobName) ? uploads : [.. uploads, upload];

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} from {State}: {Accepted} children accepted, {Rejected} rejected, of {Received}, in {Seconds} s")]
    private partial void LogIngested(string submissionId, string state, long accepted, long rejected, long received, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId}: {Count} errors with code {Code}")]
    private partial void LogErrorCode(string submissionId, string code, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} from {State} was sent again; nothing changed")]
    private partial void LogDuplicate(string submissionId, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} was dropped outside a State's folder and rejected")]
    private partial void LogRejectedFolder(string submissionId);

    /// <summary>Thread-safe counts of the children of one submission.</summary>
    private sealed class ChildCounts
    {
        private long _stored;
        private long _unchanged;
        private long _skippedAsOlder;
        private long _withdrawn;
        private long _rejected;

        public long Stored => Interlocked.Read(ref _stored);

        public long Unchanged => Interlocked.Read(ref _unchanged);

        public long SkippedAsOlder => Interlocked.Read(ref _skippedAsOlder);

        public long Withdrawn => Interlocked.Read(ref _withdrawn);

        public long Rejected => Interlocked.Read(ref _rejected);

        public long Accepted => Stored + Unchanged + SkippedAsOlder + Withdrawn;

        public void AddRejected() => Interlocked.Increment(ref _rejected);

        public void Add(StoreOutcome outcome)
        {
            switch (outcome)
            {
                case StoreOutcome.Stored:
                    Interlocked.Increment(ref _stored);
                    break;
                case StoreOutcome.Unchanged:
                    Interlocked.Increment(ref _unchanged);
                    break;
                case StoreOutcome.SkippedAsOlder:
                    Interlocked.Increment(ref _skippedAsOlder);
                    break;
                default:
                    Interlocked.Increment(ref _withdrawn);
                    break;
            }
        }
    }
}
