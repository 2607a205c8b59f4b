using System.Text;
using Msix.Adapters;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

public sealed class BlobReceiptStoreTests(EmulatorsFixture emulators) : IAsyncLifetime
{
    private AdapterHarness _harness = null!;

    private IReceiptStore Receipts => _harness.Get<IReceiptStore>();

    public async ValueTask InitializeAsync() =>
        _harness = await AdapterHarness.StartAsync(emulators, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Theory]
    [InlineData(ReceiptFile.Json, "TX/sub-1.json", "application/json; charset=utf-8", "{\"status\":\"accepted\"}")]
    [InlineData(ReceiptFile.ErrorsCsv, "TX/sub-1.errors.csv", "text/csv; charset=utf-8", "line,code\n3,E001\n")]
    public async Task A_saved_receipt_file_reads_back_from_its_blob(ReceiptFile file, string blobName, string contentType, string text)
    {
        var ct = TestContext.Current.CancellationToken;
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));

        await Receipts.SaveAsync("TX", "sub-1", file, content, ct);
        await using var opened = await Receipts.OpenAsync("TX", "sub-1", file, ct);

        Assert.NotNull(opened);
        using var reader = new StreamReader(opened);
        Assert.Equal(text, await reader.ReadToEndAsync(ct));
        var blob = AdapterServiceCollectionExtensions.StorageBlobs(_harness.Services)
            .GetBlobContainerClient(BlobContainerNames.Receipts)
            .GetBlobClient(blobName);
        var properties = await blob.GetPropertiesAsync(cancellationToken: ct);
        Assert.Equal(contentType, properties.Value.ContentType);
    }

    [Fact]
    public async Task Saving_again_replaces_the_receipt()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var first = new MemoryStream("first"u8.ToArray()))
        {
            await Receipts.SaveAsync("CA", "sub-2", ReceiptFile.Json, first, ct);
        }

        using (var second = new MemoryStream("second"u8.ToArray()))
        {
            await Receipts.SaveAsync("CA", "sub-2", ReceiptFile.Json, second, ct);
        }

        await using var opened = await Receipts.OpenAsync("CA", "sub-2", ReceiptFile.Json, ct);
        using var reader = new StreamReader(opened!);
        Assert.Equal("second", await reader.ReadToEndAsync(ct));
    }

    [Fact]
    public async Task A_missing_receipt_opens_as_null()
    {
        var opened = await Receipts.OpenAsync("TX", "never-sent", ReceiptFile.ErrorsCsv, TestContext.Current.CancellationToken);

        Assert.Null(opened);
    }

    [Fact]
    public async Task A_name_that_leaves_the_States_folder_is_refused()
    {
        using var content = new MemoryStream("x"u8.ToArray());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Receipts.SaveAsync("TX", "../CA/sub-3", ReceiptFile.Json, content, TestContext.Current.CancellationToken));
    }
}
