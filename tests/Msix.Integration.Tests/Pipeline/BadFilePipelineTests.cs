using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// Bad files through the whole pipeline: each gets a receipt with the right code, never a crash or a silent
/// drop; a rejected file stores nothing and sends nothing, and in a file with some bad children only the good
/// ones are stored.
/// </summary>
public sealed class BadFilePipelineTests(EmulatorsFixture emulators)
{
    [Theory]
    [InlineData("empty")]
    [InlineData("unknown-format")]
    [InlineData("invalid-utf8")]
    [InlineData("truncated-line")]
    [InlineData("csv-wrong-header")]
    [InlineData("zip-path-traversal")]
    [InlineData("zip-bomb")]
    [InlineData("field-of-megabytes")]
    public async Task A_bad_file_gets_a_receipt_with_its_code_and_only_good_children_are_stored(string kind)
    {
        await using var host = PipelineHost.Start(emulators);
        var children = PipelineData.Children("TX", 2, seed: 600);
        var bad = await BuildAsync(kind, children[0], children[1]);

        await host.DropAsync("TX", bad.FileName, bad.Content);
        var receipt = await host.ReceiptAsync("TX", PipelineData.IdOf(bad.Content));

        Assert.Equal(bad.Status, receipt.Status);
        Assert.Contains(receipt.Errors, e => e.Code == bad.Code);
        var error = receipt.Errors.First(e => e.Code == bad.Code);
        Assert.Equal(bad.Status == ReceiptStatus.Rejected ? 0 : 2, error.Row);
        Assert.True(error.Message.Length is > 0 and < 1000, error.Message);
        Assert.True(error.Value is null || error.Value.Length <= SubmissionError.MaxValueLength + 1);
        string[] stored = bad.Status == ReceiptStatus.Rejected ? [] : [ContributionDocument.IdOf("TX", children[0].StateStudentId)];
        Assert.Equal(stored, (await host.ContributionsAsync()).Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(stored.Length, host.Factory.Messages.Sent.Count);
        Assert.Equal(stored.Length, receipt.Counts.ChildrenStored);

        using var csv = await host.Http.GetAsync(new Uri($"/api/states/TX/submissions/{receipt.SubmissionId}?format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("File,Row,Field,Code,Message,Value", rows[0]);
        Assert.Contains(rows, row => row.Contains($",{bad.Code},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Values_starting_with_formula_characters_are_stored_as_text_and_neutralised_in_the_errors_csv()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = PipelineHost.Start(emulators);
        var children = PipelineData.Children("TX", 2, seed: 700);
        var formulas = children[0] with
        {
            Demographics = children[0].Demographics! with { FirstName = "=HYPERLINK(\"x\",\"Peña\")", LastName1 = "+Núñez", LastName2 = "-García", BirthCity = "@SUM(A1)" },
        };
        var content = Lines(JsonLinesSubmissionWriter.ToLine(formulas), Changed(children[1], c => c["sex"] = "=1+2"));
        await host.DropAsync("TX", "TX-formulas.jsonl", content);
        var receipt = await host.ReceiptAsync("TX", PipelineData.IdOf(content));

        Assert.True(receipt.Status == ReceiptStatus.AcceptedWithErrors, string.Join("; ", receipt.Errors.Select(e => $"{e.Field} {e.Code}")));
        Assert.Equal("=1+2", Assert.Single(receipt.Errors).Value);
        var view = await host.StudentAsync(await host.MsixIdAsync("TX", formulas.StateStudentId), v => v.Contributions.Count == 1);
        var demographics = view.Demographics;
        Assert.Equal(("=HYPERLINK(\"x\",\"Peña\")", "+Núñez", "-García", "@SUM(A1)"), (demographics.FirstName.Value, demographics.LastName1.Value, demographics.LastName2?.Value, demographics.BirthCity?.Value));

        using var csv = await host.Http.GetAsync(new Uri($"/api/states/TX/submissions/{receipt.SubmissionId}?format=csv", UriKind.Relative), ct);
        var rows = (await csv.Content.ReadAsStringAsync(ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.EndsWith(",'=1+2", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain(rows[1].Split(','), cell => cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal));
    }

    /// <summary>A bad file: its bytes and name, and the receipt's status and the code it must carry.</summary>
    private sealed record BadFile(string FileName, byte[] Content, ReceiptStatus Status, string Code);

    /// <summary>
    /// The bad file of a kind. Row-level faults spoil the second of two children (so the first, good one is
    /// stored); file-level faults reject the whole file, good child included.
    /// </summary>
    private static async Task<BadFile> BuildAsync(string kind, ChildRecord good, ChildRecord other)
    {
        var goodLine = JsonLinesSubmissionWriter.ToLine(good);
        var otherLine = JsonLinesSubmissionWriter.ToLine(other);
        switch (kind)
        {
            case "empty":
                return new("TX-empty.jsonl", [], ReceiptStatus.Rejected, ErrorCodes.EmptyFile);
            case "unknown-format":
                return new("TX-report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), ReceiptStatus.Rejected, ErrorCodes.UnknownFormat);
            case "invalid-utf8":
                var spoiled = Encoding.UTF8.GetBytes(Changed(other, c => c["firstName"] = "Jos#"));
                spoiled[Array.IndexOf(spoiled, (byte)'#')] = 0xFF;
                return new("TX-utf8.jsonl", [.. Lines(goodLine), .. spoiled, (byte)'\n'], ReceiptStatus.AcceptedWithErrors, ErrorCodes.InvalidUtf8);
            case "truncated-line":
                return new("TX-cut.jsonl", Encoding.UTF8.GetBytes(goodLine + "\n" + otherLine[..(otherLine.Length / 2)]), ReceiptStatus.AcceptedWithErrors, ErrorCodes.MalformedRow);
            case "csv-wrong-header":
                var entries = await CsvEntriesAsync(good, other);
                var students = Encoding.UTF8.GetString(entries["students.csv"]);
                Assert.Contains(",FirstName,", students, StringComparison.Ordinal);
                entries["students.csv"] = Encoding.UTF8.GetBytes(students.Replace(",FirstName,", ",GivenName,", StringComparison.Ordinal));
                return new("TX-header.zip", Zip(entries), ReceiptStatus.Rejected, ErrorCodes.CsvHeader);
            case "zip-path-traversal":
                var traversal = await CsvEntriesAsync(good, other);
                traversal["../students.csv"] = traversal["students.csv"];
                return new("TX-traversal.zip", Zip(traversal), ReceiptStatus.Rejected, ErrorCodes.ZipUnsafePath);
            case "zip-bomb":
                var bomb = await CsvEntriesAsync(good, other);
                var header = Encoding.UTF8.GetString(bomb["courses.csv"]).Split("\r\n")[0] + "\r\n";
                bomb["courses.csv"] = [.. Encoding.UTF8.GetBytes(header), .. new byte[32 * 1024 * 1024]];
                return new("TX-bomb.zip", Zip(bomb), ReceiptStatus.Rejected, ErrorCodes.ZipTooLarge);
            case "field-of-megabytes":
                var huge = Changed(other, c => c["firstName"] = new string('ñ', 1024 * 1024));
                return new("TX-huge.jsonl", Lines(goodLine, huge), ReceiptStatus.AcceptedWithErrors, ErrorCodes.RowTooLong);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such bad file.");
        }
    }

    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    private static string Changed(ChildRecord record, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(JsonLinesSubmissionWriter.ToLine(record))!.AsObject();
        change(json);
        return json.ToJsonString(MsixJson.Options);
    }

    /// <summary>The CSV files of a valid zip of these children, by name.</summary>
    private static async Task<Dictionary<string, byte[]>> CsvEntriesAsync(params ChildRecord[] records)
    {
        var content = await PipelineData.WriteAsync(SubmissionFormatKind.CsvZip, records);
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }

    private static byte[] Zip(Dictionary<string, byte[]> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
