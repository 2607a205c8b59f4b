namespace Msix.Domain.Reports;

/// <summary>
/// Children counted in Category 1 by more than one State in one period, so States can check each other's
/// counts. A child counted by three States counts once in <see cref="Children"/> and in each of its three pairs.
/// </summary>
/// <param name="Children">Distinct children counted in Category 1 by two States or more.</param>
/// <param name="Pairs">Per pair of States (the first before the second in ordinal order), by count descending then by States.</param>
public sealed record Reconciliation(string Period, int Children, IReadOnlyList<StatePairCount> Pairs)
{
    /// <summary>Per State, its Category 1 children that another State counts too, in ordinal order of the State code.</summary>
    public IReadOnlyList<StateCount> States { get; init; } = [];

    /// <summary>As one State sees it: its children counted elsewhere too, and the pairs it is part of.</summary>
    public Reconciliation ForState(string state)
    {
        var own = States.FirstOrDefault(s => string.Equals(s.State, state, StringComparison.Ordinal));
        return new Reconciliation(
            Period,
            own?.Children ?? 0,
            [.. Pairs.Where(p => string.Equals(p.StateA, state, StringComparison.Ordinal) || string.Equals(p.StateB, state, StringComparison.Ordinal))])
        {
            States = own is null ? [] : [own],
        };
    }
}

/// <summary>Children counted in Category 1 by both <paramref name="StateA"/> and <paramref name="StateB"/>.</summary>
public sealed record StatePairCount(string StateA, string StateB, int Children);
