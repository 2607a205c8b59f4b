namespace Msix.Domain.Reports;

/// <summary>The child counts (Category 1 and 2) of every State with a Category 1 child in one performance period.</summary>
/// <param name="States">In ordinal order of the State code.</param>
public sealed record ChildCounts(string Period, IReadOnlyList<StateChildCount> States)
{
    /// <summary>One State's row only (none when the State counted no child).</summary>
    public ChildCounts ForState(string state) =>
        this with { States = [.. States.Where(s => string.Equals(s.State, state, StringComparison.Ordinal))] };

    /// <summary>The counts without the lists of MSIX IDs behind them.</summary>
    public ChildCounts WithoutLists() =>
        this with { States = [.. States.Select(s => s with { Category1MsixIds = [], Category2MsixIds = [] })] };
}

/// <summary>
/// One State's child count for one period, with the children behind each number. The lists hold the
/// State's own children only, so their size is bounded by the State's count (<see cref="Category1"/>).
/// </summary>
/// <param name="Category1">Eligible children aged 3 through 21 who resided in the State at least one day of the period.</param>
/// <param name="Category2">Category 1 children served in a summer or intersession MEP project in the State in the period.</param>
/// <param name="Category1MsixIds">The MSIX IDs behind <see cref="Category1"/>, in ordinal order.</param>
/// <param name="Category2MsixIds">The MSIX IDs behind <see cref="Category2"/>, in ordinal order.</param>
public sealed record StateChildCount(
    string State,
    int Category1,
    int Category2,
    IReadOnlyList<string> Category1MsixIds,
    IReadOnlyList<string> Category2MsixIds);
