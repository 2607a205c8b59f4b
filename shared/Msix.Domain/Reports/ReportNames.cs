namespace Msix.Domain.Reports;

/// <summary>The national reports by the names the API and the command use.</summary>
public static class ReportNames
{
    public const string UnduplicatedCounts = "unduplicated-counts";
    public const string ChildCounts = "child-counts";
    public const string Reconciliation = "reconciliation";
    public const string Mobility = "mobility";
    public const string Usage = "usage";
    public const string DataQuality = "data-quality";

    /// <summary>Every report, in the order pages and lists show them.</summary>
    public static IReadOnlyList<string> All { get; } = [UnduplicatedCounts, ChildCounts, Reconciliation, Mobility, Usage, DataQuality];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
