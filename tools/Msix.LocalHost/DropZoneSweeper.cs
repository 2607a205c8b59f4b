using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Msix.Domain.Storage;

namespace Msix.LocalHost;

/// <summary>
/// Makes sure the local host's blob trigger sees every file dropped in the drop zone. Against a storage emulator
/// the WebJobs SDK scans the container every 2 seconds for blobs modified after the newest one it has seen, and
/// Azurite dates blobs to the second: a file dropped in the same second as a file the scan has already seen is
/// never picked up (several States uploading at once, or a file sent right after another). So this sweeper lists
/// the drop zone as often, and once a second is over it re-dates (sets the metadata of) every blob that shares
/// that second with another, one blob per second, so the next scan finds each of them. Ingest is idempotent: a
/// re-dated file that had already been ingested is only recognised as the same upload again. In Azure the
/// Functions app's blob trigger takes Event Grid notifications instead; this runs only against an emulator.
/// </summary>
internal sealed partial class DropZoneSweeper(BlobServiceClient blobs, TimeProvider time, ILogger<DropZoneSweeper> logger) : BackgroundService
{
    /// <summary>The metadata entry that re-dates a blob (its value is when).</summary>
    public const string RedatedMetadata = "msixredated";

    /// <summary>As often as the WebJobs SDK scans an emulator's container.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>How long after a blob's time its second is surely over (the emulator runs on this machine's clock).</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>Versions of blobs judged safe: alone in their second, and that second over. No later blob can join it.</summary>
    private readonly HashSet<(string Name, ETag ETag)> _safe = [];

    /// <summary>The version of each blob at the last sweep, to tell a blob overwritten within its own second.</summary>
    private readonly Dictionary<string, (ETag ETag, DateTimeOffset Modified)> _last = new(StringComparer.Ordinal);

    private DateTimeOffset _lastRedated = DateTimeOffset.MinValue;

    /// <summary>True when the Blob service is an emulator's (path-style addresses), the case where the WebJobs SDK scans as described.</summary>
    public static bool IsEmulator(BlobServiceClient blobServiceClient)
    {
        ArgumentNullException.ThrowIfNull(blobServiceClient);
        return string.Equals(blobServiceClient.Uri.PathAndQuery.Trim('/'), blobServiceClient.AccountName, StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEmulator(blobs))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // The drop zone is not created yet.
            }
#pragma warning disable CA1031 // A failed sweep is retried at the next one; it must never stop the host.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogSweepFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(BlobContainerNames.DropZone);
        var listed = new List<BlobItem>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            listed.Add(blob);
        }

        var now = time.GetUtcNow();
        var perSecond = listed.CountBy(b => b.Properties.LastModified!.Value).ToDictionary();
        var redate = new List<BlobItem>();
        foreach (var blob in listed)
        {
            var (etag, modified) = (blob.Properties.ETag!.Value, blob.Properties.LastModified!.Value);
            if (_safe.Contains((blob.Name, etag)) || now - modified < Settled)
            {
                continue;
            }

            var overwrittenInItsSecond = _last.TryGetValue(blob.Name, out var last) && last.ETag != etag && last.Modified == modified;
            if (perSecond[modified] > 1 || overwrittenInItsSecond)
            {
                redate.Add(blob);
            }
            else
            {
                _safe.Add((blob.Name, etag));
            }
        }

        _last.Clear();
        foreach (var blob in listed)
        {
            _last[blob.Name] = (blob.Properties.ETag!.Value, blob.Properties.LastModified!.Value);
        }

        _safe.RemoveWhere(safe => !_last.TryGetValue(safe.Name, out var current) || current.ETag != safe.ETag);
        foreach (var blob in redate)
        {
            await RedateAsync(container, blob, cancellationToken);
        }

        if (redate.Count > 0)
        {
            LogRedated(redate.Count);
        }
    }

    /// <summary>Re-dates one blob, in a second of its own: never the second of the blob re-dated before it.</summary>
    private async Task RedateAsync(BlobContainerClient container, BlobItem blob, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var nextSecond = _lastRedated.AddTicks(-(_lastRedated.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        if (now < nextSecond)
        {
            await Task.Delay(nextSecond - now + TimeSpan.FromMilliseconds(20), time, cancellationToken);
        }

        var metadata = new Dictionary<string, string>(blob.Metadata, StringComparer.OrdinalIgnoreCase)
        {
            [RedatedMetadata] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            await container.GetBlobClient(blob.Name).SetMetadataAsync(
                metadata,
                new BlobRequestConditions { IfMatch = blob.Properties.ETag },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Deleted or changed since it was listed: the next sweep judges what is there now.
        }

        _lastRedated = time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-dated {Count} drop-zone files that shared their second with another, so that the blob trigger sees them")]
    private partial void LogRedated(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The drop-zone sweep failed; it runs again in a moment")]
    private partial void LogSweepFailed(Exception exception);
}
