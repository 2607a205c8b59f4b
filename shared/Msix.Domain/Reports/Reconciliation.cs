namespace Msix.Domain.Reports;

/// <summary>
/// Children counted in Category 1 by more than one State in one period, so States can check each other's
/// counts. A child counted by three States counts once in <see cref="Children"/> and in each of its three pairs.
/// </summary>
/// <param name="Children">Distinct children counted in Category 1 by two States or more.</param>
/// <param name="Pairs">Per pair of States (the first before the second in ordinal order), by count descending then by States.</param>
public sealed record Reconciliation(string Period, int Children, IReadOnlyList<StatePairCount> Pairs);

/// <summary>Children counted in Category 1 by both <paramref name="StateA"/> and <paramref name="StateB"/>.</summary>
public sealed record StatePairCount(string StateA, string StateB, int Children);
