using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Integration.Tests.Infrastructure;
using Msix.Synthetic;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>A State sends its file over HTTP instead; it is streamed into the drop zone and goes the same way.</summary>
public sealed class HttpUploadPipelineTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task A_csv_zip_posted_over_http_answers_202_with_the_receipts_location_and_ends_in_consolidated_records()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = PipelineHost.Start(emulators);
        var synthetic = PipelineData.Children("TX", 10, seed: 202);
        ChildRecord[] records = [PipelineData.Accented(synthetic[0]), .. synthetic.Skip(1)];
        var content = await PipelineData.WriteAsync(SubmissionFormatKind.CsvZip, records);
        var submissionId = PipelineData.IdOf(content);

        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var response = await host.Http.PostAsync(new Uri("/api/states/TX/submissions", UriKind.Relative), body, ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = $"/api/states/TX/submissions/{submissionId}";
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(submissionId, accepted.GetProperty("submissionId").GetString());
        Assert.Equal(location, accepted.GetProperty("receipt").GetString());

        var receipt = await host.ReceiptAsync("TX", submissionId);

        Assert.Equal((ReceiptStatus.Accepted, "csv-zip"), (receipt.Status, receipt.Format));
        Assert.Equal(new ReceiptCounts(10, 10, 0, 10, 0, 0, 0, records.Sum(SyntheticSubmissionSet.RowCount), 0), receipt.Counts);
        Assert.StartsWith("TX/http-", Assert.Single(receipt.Uploads).BlobName, StringComparison.Ordinal);
        foreach (var record in records)
        {
            var view = await host.StudentAsync(await host.MsixIdAsync("TX", record.StateStudentId), v => v.Contributions.Count == 1);
            DropZonePipelineTests.AssertHolds(view, "TX", record, submissionId);
        }
    }
}
