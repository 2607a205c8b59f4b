using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters;
using Msix.Adapters.Setup;
using Msix.Domain.Audit;
using Msix.Domain.Identity;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

public sealed class BlobAuditAnchorArchiveTests(EmulatorsFixture emulators) : IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 27, 5, 30, 0, TimeSpan.Zero);
    private AdapterHarness _harness = null!;

    private IAuditAnchorArchive Archive => _harness.Get<IAuditAnchorArchive>();

    public async ValueTask InitializeAsync() =>
        _harness = await AdapterHarness.StartAsync(emulators, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task The_latest_set_kept_is_the_one_read_back_and_each_set_keeps_its_own_blob()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Empty(await Archive.LatestAsync(ct));
        AuditAnchor[] first = [new("seal:0", 6, "aa01", Morning), new("seal:2", 3, "bb02", Morning)];
        AuditAnchor[] second = [new("seal:0", 9, "aa03", Morning.AddDays(1)), new("seal:2", 3, "bb02", Morning.AddDays(1))];

        // Kept newest first, to show the latest is found by when it was taken, not by when it was written.
        await Archive.KeepAsync(second, ct);
        await Archive.KeepAsync(first, ct);

        Assert.Equal(second, await Archive.LatestAsync(ct));
        var names = new List<string>();
        await foreach (var blob in AdapterServiceCollectionExtensions.StorageBlobs(_harness.Services).GetBlobContainerClient(BlobContainerNames.AuditAnchors).GetBlobsAsync(cancellationToken: ct))
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["20261127T053000000Z.jsonl", "20261128T053000000Z.jsonl"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_set_kept_again_changes_nothing_and_another_set_under_the_same_time_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        AuditAnchor[] set = [new("seal:1", 4, "cc04", Morning)];
        await Archive.KeepAsync(set, ct);

        await Archive.KeepAsync(set, ct);
        var other = await Assert.ThrowsAsync<InvalidOperationException>(() => Archive.KeepAsync([new("seal:1", 4, "dd05", Morning)], ct));

        Assert.Equal(set, await Archive.LatestAsync(ct));
        Assert.Contains("20261127T053000000Z.jsonl", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exchange_anchors_its_journals_into_the_archive_as_the_timer_runs_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var exchange = _harness.Environment.CreateExchangeServices();
        await exchange.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(ct);
        var trail = exchange.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 3; i++)
        {
            await trail.AppendAsync(new AuditEvent("staff-3", "SchoolStaff", "TX", DateTimeOffset.UtcNow, "GetStudent", [MsixId.NewId()], null), ct);
        }

        var anchoring = await exchange.GetRequiredService<AuditAnchorService>().AnchorAsync(ct);

        var kept = Assert.Single(await Archive.LatestAsync(ct));
        Assert.Equal((trail.Journal, 3L), (kept.Journal, kept.Seq));
        Assert.Equal(anchoring.Anchors, [kept]);
    }
}
