using System.Security.Cryptography;
using Msix.Adapters;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

/// <summary>Runs alone (no other test allocating meanwhile), so the memory this upload takes can be measured.</summary>
[CollectionDefinition(nameof(BlobDropZoneTests), DisableParallelization = true)]
public sealed class BlobDropZoneRunsAlone;

[Collection(nameof(BlobDropZoneTests))]
public sealed class BlobDropZoneTests(EmulatorsFixture emulators) : IAsyncLifetime
{
    private const long Size = 64L * 1024 * 1024;
    private AdapterHarness _harness = null!;

    public async ValueTask InitializeAsync() =>
        _harness = await AdapterHarness.StartAsync(emulators, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_64_MB_body_streams_into_the_States_folder_without_being_held_in_memory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var body = new GeneratedStream(Size);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await _harness.Get<IDropZone>().UploadAsync("TX", "2026/large.jsonl", body, ct);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TestContext.Current.TestOutputHelper?.WriteLine($"Uploading {Size / (1024 * 1024)} MB allocated {allocated / (1024 * 1024)} MB.");
        var blob = AdapterServiceCollectionExtensions.StorageBlobs(_harness.Services)
            .GetBlobContainerClient(BlobContainerNames.DropZone)
            .GetBlobClient("TX/2026/large.jsonl");
        var properties = await blob.GetPropertiesAsync(cancellationToken: ct);
        Assert.Equal(Size, properties.Value.ContentLength);
        using var sha = SHA256.Create();
        await using (var stored = (await blob.DownloadStreamingAsync(cancellationToken: ct)).Value.Content)
        {
            Assert.Equal(body.Hash(), await sha.ComputeHashAsync(stored, ct));
        }

        // Everything allocated during the upload, garbage included, stays well under the body's size.
        Assert.True(allocated < Size / 4, $"The upload allocated {allocated / (1024 * 1024)} MB for a {Size / (1024 * 1024)} MB body.");
    }

    [Fact]
    public async Task A_name_that_leaves_the_States_folder_is_refused()
    {
        using var body = new MemoryStream("x"u8.ToArray());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _harness.Get<IDropZone>().UploadAsync("TX", "../CA/file.jsonl", body, TestContext.Current.CancellationToken));
    }
}
