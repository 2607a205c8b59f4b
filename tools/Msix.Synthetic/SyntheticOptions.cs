using Msix.Domain.Mde;

namespace Msix.Synthetic;

/// <summary>
/// What to generate. The same options give the same population and byte-identical files: nothing depends
/// on the wall clock (<see cref="Today"/> is the reference date) or on the runtime's own random numbers.
/// </summary>
/// <param name="Seed">Seeds every draw.</param>
/// <param name="Children">How many true children (each with a record in at least one State).</param>
/// <param name="States">The States whose submissions are generated (USPS codes); families live and move among them.</param>
public sealed record SyntheticOptions(int Seed, int Children, IReadOnlyList<string> States)
{
    /// <summary>The generator's fixed "today", used when no other reference date is given.</summary>
    public static DateOnly DefaultToday { get; } = new(2026, 10, 1);

    /// <summary>States with large migrant programs, along the main migrant streams.</summary>
    public static IReadOnlyList<string> DefaultStates { get; } = ["TX", "CA", "FL", "MI", "WA", "NC", "OR", "GA", "NY", "ID"];

    /// <summary>The reference date: no record changes after it, and no child is older than 21 on it.</summary>
    public DateOnly Today { get; init; } = DefaultToday;

    /// <summary>How many years of history the records cover (qualifying moves stay within them).</summary>
    public int YearsOfHistory { get; init; } = 3;

    /// <summary>The share of families that move between States (when there are several) or between districts of one State.</summary>
    public double MoverShare { get; init; } = 0.35;

    /// <summary>Scales how often a State's record differs from the truth (typos, dropped accents ...): 0 copies the truth exactly.</summary>
    public double VariationRate { get; init; } = 1.0;

    /// <summary>The States in canonical form, checked.</summary>
    internal IReadOnlyList<string> StateCodes()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Children);
        ArgumentOutOfRangeException.ThrowIfLessThan(YearsOfHistory, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(YearsOfHistory, 3);
        ArgumentOutOfRangeException.ThrowIfNegative(MoverShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MoverShare, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(VariationRate);
        if (States is not { Count: > 0 })
        {
            throw new ArgumentException("At least one State is needed.", nameof(States));
        }

        var codes = States.Select(UsStates.Normalize).Distinct(StringComparer.Ordinal).ToList();
        foreach (var code in codes.Where(c => !UsStates.IsState(c)))
        {
            throw new ArgumentException($"'{code}' is not a State code.", nameof(States));
        }

        return codes;
    }
}
