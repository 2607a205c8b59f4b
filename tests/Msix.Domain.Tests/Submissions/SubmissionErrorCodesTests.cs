using System.Text.Json.Nodes;
using Msix.Domain.Mde;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Submissions;

/// <summary>Every error of a submission is counted by its code, also those beyond what the receipt lists.</summary>
public sealed class SubmissionErrorCodesTests
{
    [Fact]
    public void The_log_counts_every_code_beyond_the_errors_it_keeps()
    {
        var log = new SubmissionErrorLog(2);
        foreach (var code in new[] { "B", "A", "C", "A", "A", "C" })
        {
            log.Add(new SubmissionError("f.jsonl", 3, "sex", code, "message"));
        }

        Assert.Equal(2, log.Errors.Count);
        Assert.True(log.Truncated);
        Assert.Equal(6, log.Count);
        // A 3, C 2, B 1: by count descending.
        Assert.Equal([new ErrorCodeCount("A", 3), new ErrorCodeCount("C", 2), new ErrorCodeCount("B", 1)], log.ErrorCodes);
        Assert.Equal(3, log.CountByCode["A"]);
    }

    [Fact]
    public void Codes_with_the_same_count_are_listed_by_code()
    {
        var log = new SubmissionErrorLog(1);
        foreach (var code in new[] { "Z", "M", "A", "M", "Z" })
        {
            log.Add(new SubmissionError("f.jsonl", 2, "sex", code, "message"));
        }

        // M 2 and Z 2 tie: M first (ordinal); then A 1.
        Assert.Equal([new ErrorCodeCount("M", 2), new ErrorCodeCount("Z", 2), new ErrorCodeCount("A", 1)], log.ErrorCodes);
    }

    [Fact]
    public async Task A_submission_with_more_errors_than_its_receipt_lists_keeps_every_code_on_its_document()
    {
        using var bed = new IngestTestbed(configure: limits => limits.MaxReceiptErrors = 1);
        var content = IngestFiles.Lines(
            Line(TestRecords.Child("TX9001")),
            Line(TestRecords.Child("TX9002"), child => child["sex"] = "Q"),
            Line(TestRecords.Child("TX9003"), child => child.Remove("firstName")),
            Line(TestRecords.Child("TX9004"), child => child["sex"] = "Q"));

        var receipt = await bed.IngestAsync("TX", "TX-codes.jsonl", content);

        // Three errors, one listed; the document counts all three: INVALID_CODE 2, REQUIRED_FIELD_MISSING 1.
        Assert.Equal((3L, true), (receipt.ErrorCount, receipt.ErrorsTruncated));
        Assert.Single(receipt.Errors);
        var document = await bed.SubmissionAsync("TX", receipt.SubmissionId);
        Assert.Equal(ReceiptStatus.AcceptedWithErrors, document!.ReceiptStatus);
        Assert.Equal(
            [new ErrorCodeCount(ErrorCodes.InvalidCode, 2), new ErrorCodeCount(ErrorCodes.RequiredFieldMissing, 1)],
            document.ErrorCodes);
    }

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
}
