namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>The comparisons the matcher scores a pair with, in a fixed order (the order of a pair's level vector).</summary>
public sealed class ComparisonSet
{
    private ComparisonSet(IReadOnlyList<Comparison> comparisons)
    {
        Comparisons = comparisons;
        for (var i = 0; i < comparisons.Count; i++)
        {
            if (comparisons[i].Levels.Count > byte.MaxValue)
            {
                throw new InvalidOperationException($"The comparison {comparisons[i].Name} has too many levels.");
            }
        }
    }

    /// <summary>The comparisons of the identifying MDEs.</summary>
    public static ComparisonSet Default { get; } = new(
    [
        new FirstNameComparison(),
        new LastNameComparison(),
        new BirthDateComparison(),
        new ExactComparison("Sex", r => r.Sex),
        new BirthPlaceComparison(),
        new ParentNamesComparison(),
    ]);

    /// <summary>The comparisons, in order.</summary>
    public IReadOnlyList<Comparison> Comparisons { get; }

    /// <summary>The number of comparisons.</summary>
    public int Count => Comparisons.Count;

    /// <summary>The index of the comparison named <paramref name="name"/>.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Comparisons.Count; i++)
        {
            if (string.Equals(Comparisons[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No comparison is named {name}.", nameof(name));
    }

    /// <summary>Writes the pair's level in each comparison into <paramref name="levels"/>.</summary>
    public void Compare(MatchRecord a, MatchRecord b, Span<byte> levels)
    {
        for (var i = 0; i < Comparisons.Count; i++)
        {
            levels[i] = (byte)Comparisons[i].LevelOf(a, b);
        }
    }
}
