using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Receipts;

namespace Msix.Domain.Tests.Receipts;

public sealed class ReceiptWriterTests
{
    private static readonly Receipt Sample = new(
        "ab12",
        "TX",
        ReceiptStatus.AcceptedWithErrors,
        "csv-zip",
        [new SubmissionUpload("TX/2026-10-15.zip", new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.Zero), false)],
        new DateTimeOffset(2026, 10, 15, 12, 0, 1, TimeSpan.Zero),
        new DateTimeOffset(2026, 10, 15, 12, 0, 3, TimeSpan.Zero),
        2.0,
        new ReceiptCounts(2, 1, 1, 1, 0, 0, 0, 8, 4),
        3,
        false,
        [
            new SubmissionError("students.csv", 2, "FirstName", ErrorCodes.FieldTooLong, "FirstName is 45 characters long; the most allowed is 30.", "=HYPERLINK(\"http://x\",\"José\")"),
            new SubmissionError("students.csv", 3, "LastName1", ErrorCodes.InvalidFormat, "Quote \"this\", and a comma", "-Núñez"),
            new SubmissionError("moves.csv", 4, "Sex", ErrorCodes.InvalidCode, "@bad", "+1"),
        ]);

    [Fact]
    public async Task The_json_receipt_is_indented_and_reads_back()
    {
        using var stream = new MemoryStream();

        await ReceiptWriter.WriteJsonAsync(Sample, stream, TestContext.Current.CancellationToken);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\n  \"submissionId\": \"ab12\"", text, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"accepted-with-errors\"", text, StringComparison.Ordinal);
        Assert.Contains("José", text, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<Receipt>(text, MsixJson.Options)!;
        Assert.Equal(Sample.Errors, back.Errors);
        Assert.Equal(Sample.Counts, back.Counts);
    }

    [Fact]
    public async Task The_errors_csv_has_a_bom_a_header_and_neutralised_quoted_cells()
    {
        using var stream = new MemoryStream();

        await ReceiptWriter.WriteErrorsCsvAsync(Sample, stream, TestContext.Current.CancellationToken);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("File,Row,Field,Code,Message,Value", lines[0]);
        Assert.Equal("students.csv,2,FirstName,FIELD_TOO_LONG,FirstName is 45 characters long; the most allowed is 30.,\"'=HYPERLINK(\"\"http://x\"\",\"\"José\"\")\"", lines[1]);
        Assert.Equal("students.csv,3,LastName1,INVALID_FORMAT,\"Quote \"\"this\"\", and a comma\",'-Núñez", lines[2]);
        Assert.Equal("moves.csv,4,Sex,INVALID_CODE,'@bad,'+1", lines[3]);
        Assert.Equal("", lines[4]);
    }

    [Fact]
    public async Task The_writers_leave_the_stream_open()
    {
        using var stream = new MemoryStream();

        await ReceiptWriter.WriteErrorsCsvAsync(Sample with { Errors = [] }, stream, TestContext.Current.CancellationToken);
        await ReceiptWriter.WriteJsonAsync(Sample, stream, TestContext.Current.CancellationToken);

        Assert.True(stream.CanWrite);
    }
}
