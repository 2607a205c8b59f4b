using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Submissions;

/// <summary>The limits that keep one submission from exhausting the exchange. Bound from "Msix:Submissions".</summary>
public sealed class SubmissionLimits
{
    public const string SectionName = "Msix:Submissions";

    /// <summary>The largest file accepted, in bytes (compressed size for a zip).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>The most a zip may expand to, in bytes, over all its entries.</summary>
    [Range(1, long.MaxValue)]
    public long MaxZipExpandedBytes { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>The most a zip may expand relative to its own size; more is treated as a zip bomb.</summary>
    [Range(1, 100_000)]
    public int MaxZipExpansionRatio { get; set; } = 200;

    /// <summary>The longest row (a JSON line, or a CSV record) in bytes; a longer one is rejected without being held.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxRowBytes { get; set; } = 1024 * 1024;

    /// <summary>The most errors a receipt lists; beyond them it counts them only.</summary>
    [Range(1, int.MaxValue)]
    public int MaxReceiptErrors { get; set; } = 50_000;

    /// <summary>About how many bytes of rows are grouped in memory at once while children are assembled.</summary>
    [Range(64 * 1024, int.MaxValue)]
    public int SpoolBucketBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How many children are written to the store at once.</summary>
    [Range(1, 256)]
    public int StoreParallelism { get; set; } = 16;

    /// <summary>Where a submission is spooled while it is read; the system's temporary folder when empty.</summary>
    public string? WorkDirectory { get; set; }
}
