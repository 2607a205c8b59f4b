using System.Text.Json;
using System.Text.Json.Nodes;
using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Domain.Tests.Reading;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Submissions;

public sealed class SubmissionIngestorTests : IDisposable
{
    private const string ErrorsCsvHeader = "File,Row,Field,Code,Message,Value\r\n";

    private readonly IngestTestbed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Theory]
    [InlineData(SubmissionFormatKind.JsonLines, "jsonl")]
    [InlineData(SubmissionFormatKind.CsvZip, "csv-zip")]
    public async Task A_clean_file_is_accepted_and_each_child_stored_with_one_consolidation_message(SubmissionFormatKind format, string formatName)
    {
        var records = IngestFiles.Synthetic(30);
        var content = await IngestFiles.WriteAsync(format, records);
        var fileName = IngestFiles.FileName(format);
        var submissionId = IngestFiles.IdOf(content);

        var receipt = await _bed.IngestAsync("TX", fileName, content);

        Assert.Equal((submissionId, "TX", ReceiptStatus.Accepted, formatName), (receipt.SubmissionId, receipt.State, receipt.Status, receipt.Format));
        Assert.Equal(new ReceiptCounts(30, 30, 0, 30, 0, 0, 0, IngestFiles.Rows(format, records), 0), receipt.Counts);
        Assert.Equal(0, receipt.ErrorCount);
        Assert.Empty(receipt.Errors);
        var upload = Assert.Single(receipt.Uploads);
        Assert.Equal(($"TX/{fileName}", false), (upload.BlobName, upload.Duplicate));

        Assert.Equal(30, _bed.Contributions.Count);
        foreach (var record in records)
        {
            var stored = await _bed.ContributionAsync("TX", record.StateStudentId);
            Assert.NotNull(stored);
            Assert.Equal((submissionId, record.AsOf, false), (stored.SubmissionId, stored.AsOf, stored.Withdrawn));
            // The record read from the file is the record that was written, accents and all.
            Assert.Equal(Json(record), Json(stored.Record));
        }

        Assert.Equal(Requests(records), _bed.Requests.OrderBy(r => r.StateStudentId, StringComparer.Ordinal));

        Assert.Equal(Json(receipt), Json(_bed.Receipts.Receipt("TX", submissionId)));
        Assert.Equal(ErrorsCsvHeader, _bed.Receipts.ErrorsCsv("TX", submissionId));
        var document = await _bed.SubmissionAsync("TX", submissionId);
        Assert.NotNull(document);
        Assert.Equal((SubmissionStatus.Completed, ReceiptStatus.Accepted, 1), (document.Status, document.ReceiptStatus, document.Attempts));
        Assert.Equal(receipt.Counts, document.Counts);
    }

    [Fact]
    public async Task The_same_file_sent_again_is_listed_as_a_duplicate_upload_and_changes_nothing()
    {
        var content = await IngestFiles.JsonLinesAsync(IngestFiles.Synthetic(12));
        var first = await _bed.IngestAsync("TX", "TX-20261001.jsonl", content);
        var etags = await _bed.ContributionETagsAsync();
        var messages = _bed.Messages.Sent.Count;

        var again = await _bed.IngestAsync("TX", "TX-20261001-again.jsonl", content);

        Assert.Equal(first.SubmissionId, again.SubmissionId);
        (string, bool)[] uploads = [("TX/TX-20261001.jsonl", false), ("TX/TX-20261001-again.jsonl", true)];
        Assert.Equal(uploads, again.Uploads.Select(u => (u.BlobName, u.Duplicate)));
        Assert.Equal(uploads, _bed.Receipts.Receipt("TX", first.SubmissionId).Uploads.Select(u => (u.BlobName, u.Duplicate)));
        Assert.Equal((first.Status, first.Counts, first.ProcessedAt), (again.Status, again.Counts, again.ProcessedAt));
        Assert.Equal(etags, await _bed.ContributionETagsAsync());
        Assert.Equal(messages, _bed.Messages.Sent.Count);
        var document = await _bed.SubmissionAsync("TX", first.SubmissionId);
        Assert.Equal(1, document!.Attempts);
        Assert.Equal(uploads, document.Uploads.Select(u => (u.BlobName, u.Duplicate)));
    }

    [Fact]
    public async Task A_redelivery_of_a_completed_blob_changes_nothing_at_all()
    {
        var content = await IngestFiles.JsonLinesAsync(IngestFiles.Synthetic(5));
        var first = await _bed.IngestAsync("TX", "TX-20261001.jsonl", content);
        var etags = await _bed.ContributionETagsAsync();
        var submission = await _bed.Submissions.ReadAsync(SubmissionDocument.IdOf("TX", first.SubmissionId), TestContext.Current.CancellationToken);

        var again = await _bed.IngestAsync("TX", "TX-20261001.jsonl", content);

        Assert.Equal(Json(first), Json(again));
        Assert.Equal(etags, await _bed.ContributionETagsAsync());
        Assert.Equal(submission!.ETag, (await _bed.Submissions.ReadAsync(submission.Document.Id, TestContext.Current.CancellationToken))!.ETag);
        Assert.Equal(5, _bed.Messages.Sent.Count);
    }

    [Fact]
    public async Task An_older_submission_of_the_same_children_is_skipped_and_the_newer_data_kept()
    {
        string[] ids = ["TX7001", "TX7002", "TX7003"];
        var newer = await IngestFiles.JsonLinesAsync(ids.Select(id => TestRecords.Child(id, firstName: "Josué", asOf: TestRecords.AsOf.AddDays(5))));
        var newerReceipt = await _bed.IngestAsync("TX", "TX-20261006.jsonl", newer);
        var etags = await _bed.ContributionETagsAsync();

        var receipt = await _bed.IngestAsync("TX", "TX-20261001.jsonl", await IngestFiles.JsonLinesAsync(ids.Select(id => TestRecords.Child(id, firstName: "José"))));

        Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        Assert.Equal(new ReceiptCounts(3, 3, 0, 0, 0, 3, 0, 3, 0), receipt.Counts);
        Assert.Equal(etags, await _bed.ContributionETagsAsync());
        foreach (var id in ids)
        {
            var stored = await _bed.ContributionAsync("TX", id);
            Assert.Equal(("Josué", newerReceipt.SubmissionId, TestRecords.AsOf.AddDays(5)), (stored!.Record.Demographics!.FirstName, stored.SubmissionId, stored.AsOf));
        }

        Assert.Equal(3, _bed.Messages.Sent.Count);
    }

    [Fact]
    public async Task The_same_data_dated_later_is_unchanged_and_sends_nothing()
    {
        await _bed.IngestAsync("TX", "TX-20261001.jsonl", await IngestFiles.JsonLinesAsync([TestRecords.Child("TX7101")]));

        var receipt = await _bed.IngestAsync("TX", "TX-20261003.jsonl", await IngestFiles.JsonLinesAsync([TestRecords.Child("TX7101", asOf: TestRecords.AsOf.AddDays(2))]));

        Assert.Equal(new ReceiptCounts(1, 1, 0, 0, 1, 0, 0, 1, 0), receipt.Counts);
        Assert.Single(_bed.Messages.Sent);
        Assert.Equal(TestRecords.AsOf.AddDays(2), (await _bed.ContributionAsync("TX", "TX7101"))!.AsOf);
    }

    [Fact]
    public async Task A_delete_record_withdraws_that_child_only()
    {
        await _bed.IngestAsync("TX", "TX-20261001.jsonl", await IngestFiles.JsonLinesAsync([TestRecords.Child("TX8001"), TestRecords.Child("TX8002")]));
        var before = await _bed.ContributionETagsAsync();

        var receipt = await _bed.IngestAsync("TX", "TX-20261002.jsonl", await IngestFiles.JsonLinesAsync([TestRecords.Delete("TX8001", TestRecords.AsOf.AddDays(1))]));

        Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        Assert.Equal(new ReceiptCounts(1, 1, 0, 0, 0, 0, 1, 1, 0), receipt.Counts);
        var withdrawn = await _bed.ContributionAsync("TX", "TX8001");
        Assert.True(withdrawn!.Withdrawn);
        Assert.Null(withdrawn.Record.Demographics);
        Assert.Equal(receipt.SubmissionId, withdrawn.SubmissionId);
        var after = await _bed.ContributionETagsAsync();
        Assert.Equal(before["TX-TX8002"], after["TX-TX8002"]);
        Assert.NotEqual(before["TX-TX8001"], after["TX-TX8001"]);
        Assert.Equal(new ConsolidationRequest("TX", "TX8001"), _bed.Requests[^1]);
        Assert.Equal(3, _bed.Requests.Count);
    }

    [Fact]
    public async Task Bad_children_are_rejected_with_file_row_field_and_code_while_the_good_ones_are_stored()
    {
        const string file = "TX-mixed.jsonl";
        var content = IngestFiles.Lines(
            Line(TestRecords.Child("TX9001")),
            Line(TestRecords.Child("TX9002"), child => child["sex"] = "Q"),
            Line(TestRecords.Child("TX9003")),
            Line(TestRecords.Child("TX9004"), child => child.Remove("firstName")),
            Line(TestRecords.Child("TX9005")));

        var receipt = await _bed.IngestAsync("TX", file, content);

        Assert.Equal(ReceiptStatus.AcceptedWithErrors, receipt.Status);
        Assert.Equal(new ReceiptCounts(5, 3, 2, 3, 0, 0, 0, 5, 2), receipt.Counts);
        Assert.Equal(2, receipt.ErrorCount);
        Assert.Equal(
            [(file, 2L, "sex", ErrorCodes.InvalidCode, "Q"), (file, 4L, "firstName", ErrorCodes.RequiredFieldMissing, null)],
            receipt.Errors.Select(e => (e.File, e.Row, e.Field, e.Code, e.Value)));
        Assert.All(receipt.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(["TX-TX9001", "TX-TX9003", "TX-TX9005"], _bed.Contributions.All.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["TX9001", "TX9003", "TX9005"], _bed.Requests.Select(r => r.StateStudentId).Order(StringComparer.Ordinal));

        var csv = _bed.Receipts.ErrorsCsv("TX", receipt.SubmissionId).Split("\r\n");
        Assert.StartsWith("TX-mixed.jsonl,2,sex,INVALID_CODE,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",Q", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("TX-mixed.jsonl,4,firstName,REQUIRED_FIELD_MISSING,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_that_look_like_formulas_are_stored_as_text_and_neutralised_in_the_errors_csv()
    {
        var content = IngestFiles.Lines(
            Line(TestRecords.Child("TX9101"), child => child["firstName"] = "=HYPERLINK(\"http://x\")"),
            Line(TestRecords.Child("TX9102"), child => child["sex"] = "=1+2"),
            Line(TestRecords.Child("TX9103"), child => child["sex"] = "@SUM(A1)"));

        var receipt = await _bed.IngestAsync("TX", "TX-formulas.jsonl", content);

        Assert.Equal("=HYPERLINK(\"http://x\")", (await _bed.ContributionAsync("TX", "TX9101"))!.Record.Demographics!.FirstName);
        Assert.Equal(["=1+2", "@SUM(A1)"], receipt.Errors.Select(e => e.Value));
        var rows = _bed.Receipts.ErrorsCsv("TX", receipt.SubmissionId).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(2, rows.Length);
        Assert.EndsWith(",'=1+2", rows[0], StringComparison.Ordinal);
        Assert.EndsWith(",'@SUM(A1)", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_outside_a_States_folder_gets_an_unknown_state_receipt_and_nothing_is_stored()
    {
        var content = await IngestFiles.JsonLinesAsync(IngestFiles.Synthetic(3));

        var receipt = await _bed.IngestAsync("XX", "TX-20261001.jsonl", content);

        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var error = Assert.Single(receipt.Errors);
        Assert.Equal(("TX-20261001.jsonl", 0L, "", ErrorCodes.UnknownState), (error.File, error.Row, error.Field, error.Code));
        Assert.Equal(new ReceiptCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), receipt.Counts);
        Assert.Equal(0, _bed.Contributions.Count);
        Assert.Equal(0, _bed.Submissions.Count);
        Assert.Empty(_bed.Messages.Sent);
        Assert.Equal([("XX", IngestFiles.IdOf(content))], _bed.Receipts.Submissions);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_as_too_large_and_nothing_is_stored()
    {
        using var bed = new IngestTestbed(configure: limits => limits.MaxFileBytes = 2048);
        var content = await IngestFiles.JsonLinesAsync(IngestFiles.Synthetic(10));
        Assert.True(content.Length > 2048);

        var receipt = await bed.IngestAsync("TX", "TX-20261001.jsonl", content);

        Assert.Equal(IngestFiles.IdOf(content), receipt.SubmissionId);
        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        var error = Assert.Single(receipt.Errors);
        Assert.Equal((0L, ErrorCodes.FileTooLarge), (error.Row, error.Code));
        Assert.Equal(0, receipt.Counts.ChildrenReceived);
        Assert.Equal(0, bed.Contributions.Count);
        Assert.Empty(bed.Messages.Sent);
        Assert.Equal(SubmissionStatus.Completed, (await bed.SubmissionAsync("TX", receipt.SubmissionId))!.Status);
    }

    [Fact]
    public async Task A_file_error_found_after_valid_children_stores_nothing_and_sends_nothing()
    {
        // students.csv is fine; the header of the last file is wrong, which rejects the whole file.
        var content = TestReader.Zip(Samples.ChildCsv(assessments: "StateStudentId,AssessmentTitle\nTX001,STAAR\n"));

        var receipt = await _bed.IngestAsync("TX", "TX-20261001.zip", content);

        Assert.Equal(ReceiptStatus.Rejected, receipt.Status);
        Assert.Contains(receipt.Errors, e => e.Code == ErrorCodes.CsvHeader && e.File == "assessments.csv");
        Assert.Equal(0, receipt.Counts.ChildrenAccepted);
        Assert.Equal(0, _bed.Contributions.Count);
        Assert.Empty(_bed.Messages.Sent);
    }

    private static IEnumerable<ConsolidationRequest> Requests(IEnumerable<ChildRecord> records) =>
        records.Select(r => new ConsolidationRequest("TX", r.StateStudentId)).OrderBy(r => r.StateStudentId, StringComparer.Ordinal);

    private static string Line(ChildRecord record, Action<JsonObject>? change = null)
    {
        var line = JsonLinesSubmissionWriter.ToLine(record);
        if (change is null)
        {
            return line;
        }

        var json = JsonNode.Parse(line)!.AsObject();
        change(json);
        return json.ToJsonString(MsixJson.Options);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MsixJson.Options);
}
