namespace Msix.Cli.Commands;

/// <summary>Percentiles of measured latencies, by the nearest rank.</summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="p"/>-th (0 to 1) of <paramref name="sorted"/> (ascending); NaN when there is none.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
