using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

/// <summary>One population shared by the synthetic tests, generated once: 1,500 children in six States.</summary>
internal static class SyntheticSample
{
    public static SyntheticOptions Options { get; } = new(2026, 1_500, ["TX", "MI", "FL", "CA", "WA", "NY"]);

    private static readonly Lazy<IReadOnlyList<SyntheticFamily>> LazyFamilies =
        new(() => [.. SyntheticPopulation.GenerateFamilies(Options)]);

    public static IReadOnlyList<SyntheticFamily> Families => LazyFamilies.Value;

    public static IEnumerable<SyntheticChild> Children => Families.SelectMany(f => f.Children);

    public static IEnumerable<SyntheticRecord> Records => Children.SelectMany(c => c.Records);
}
