using Microsoft.AspNetCore.Http;
using Msix.Domain;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Api;

/// <summary>A State's submissions: upload over HTTP, and read a receipt.</summary>
public static class SubmissionsApi
{
    /// <summary>POST /api/states/{state}/submissions: the body is the file, streamed into the State's drop-zone folder.</summary>
    public static async Task<IResult> UploadAsync(string state, HttpRequest request, SubmissionUploadService uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(uploads);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        try
        {
            var accepted = await uploads.UploadAsync(state, request.Body, cancellationToken);
            var receipt = $"/{ApiRoutes.Prefix}/states/{accepted.State}/submissions/{accepted.SubmissionId}";
            var body = Results.Json(
                new { accepted.State, accepted.SubmissionId, status = "received", receipt },
                MsixJson.Options,
                statusCode: StatusCodes.Status202Accepted);
            return new HeaderResult(body, "Location", receipt);
        }
        catch (SubmissionTooLargeException e)
        {
            return Problems.TooLarge(e.Message);
        }
    }

    /// <summary>GET /api/states/{state}/submissions/{submissionId}[?format=csv]</summary>
    public static async Task<IResult> GetReceiptAsync(
        string state,
        string submissionId,
        string? format,
        IReceiptStore receipts,
        IDocumentStore<SubmissionDocument> submissions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(submissions);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        if (submissionId is not { Length: 64 } || !submissionId.All(char.IsAsciiHexDigitLower))
        {
            return Problems.BadParameter("submissionId", "A submission ID is the file's SHA-256: 64 lower-case hexadecimal characters.");
        }

        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadParameter("format", "The format is json (the default) or csv (the errors, for a spreadsheet).");
        }

        state = UsStates.Normalize(state);
        var file = csv ? ReceiptFile.ErrorsCsv : ReceiptFile.Json;
        var content = await receipts.OpenAsync(state, submissionId, file, cancellationToken);
        if (content is not null)
        {
            return csv
                ? Results.Stream(content, "text/csv; charset=utf-8", $"{state}-{submissionId}.errors.csv")
                : Results.Stream(content, "application/json; charset=utf-8");
        }

        var submission = await submissions.ReadAsync(SubmissionDocument.IdOf(state, submissionId), cancellationToken);
        return submission is null
            ? Problems.NotFound($"{state} has no submission {submissionId}.")
            : Results.Json(
                new { state, submissionId, status = submission.Document.Status, submission.Document.Uploads },
                MsixJson.Options,
                statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>GET /api/states/{state}/submissions[?max=]: the State's submissions with a receipt, newest first, with each one's status and counts.</summary>
    public static async Task<IResult> ListAsync(
        string state,
        string? max,
        IReceiptStore receipts,
        IDocumentStore<SubmissionDocument> submissions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(submissions);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        var count = 50;
        if (max is not null && (!int.TryParse(max, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > 500))
        {
            return Problems.BadParameter("max", "'max' is a whole number from 1 to 500.");
        }

        var listed = await receipts.ListAsync(state, count, cancellationToken);
        var documents = await Task.WhenAll(listed.Select(l => submissions.ReadAsync(SubmissionDocument.IdOf(state, l.SubmissionId), cancellationToken)));
        return Results.Json(
            listed.Select((l, i) => new
            {
                l.SubmissionId,
                ReceiptWrittenAt = l.WrittenAt,
                documents[i]?.Document.Status,
                documents[i]?.Document.ReceiptStatus,
                documents[i]?.Document.Counts,
                Receipt = $"/{ApiRoutes.Prefix}/states/{state}/submissions/{l.SubmissionId}",
            }),
            MsixJson.Options);
    }
}
