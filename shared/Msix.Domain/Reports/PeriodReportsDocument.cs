using Msix.Domain.Storage;

namespace Msix.Domain.Reports;

/// <summary>
/// Every report of one performance period as last computed, stored whole (container <c>reports</c>). The child
/// counts are stored without their lists of MSIX IDs, which can outgrow one document: those are kept in pages
/// (<see cref="ChildListPage"/>), and <see cref="ChildLists"/> says how many pages each list has.
/// </summary>
/// <param name="Id"><see cref="IdOf"/> of the period.</param>
/// <param name="Period">"2025-2026".</param>
/// <param name="ComputedAt">When the reports were computed.</param>
/// <param name="RecordsRead">Consolidated records read, aliases included.</param>
/// <param name="Reports">The reports, child counts without their MSIX ID lists.</param>
/// <param name="ChildLists">The pages of each State's lists of Category 1 and 2 children.</param>
public sealed record PeriodReportsDocument(
    string Id,
    string Period,
    DateTimeOffset ComputedAt,
    long RecordsRead,
    PeriodReports Reports,
    IReadOnlyList<ChildListIndex> ChildLists) : IDocument
{
    public const string IdPrefix = "reports-";

    public static string IdOf(PerformancePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return IdPrefix + period.Label;
    }
}

/// <summary>How one State's list of the children behind one category is paged.</summary>
/// <param name="State">The State code.</param>
/// <param name="Category">1 or 2.</param>
/// <param name="Children">The number of children in the list (the count itself).</param>
/// <param name="Pages">The number of <see cref="ChildListPage"/> documents that hold it.</param>
public sealed record ChildListIndex(string State, int Category, int Children, int Pages);
