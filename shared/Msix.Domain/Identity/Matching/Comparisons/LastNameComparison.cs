using System.Collections.Immutable;

namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The child's surnames (last name 1, paternal, and last name 2, maternal) compared as an ordered pair and
/// crosswise: all the same; the same first surname where one record has only that one (a child recorded
/// with only the paternal surname in one State and both in another); a surname of one is a surname of the
/// other (order reversed, or only the maternal one kept); Jaro-Winkler bands; the same sound; swapped with
/// the first name; else.
/// </summary>
public sealed class LastNameComparison : Comparison
{
    public const int Exact = 1;
    public const int FirstSurnameOnly = 2;
    public const int Crosswise = 3;
    public const int JaroWinkler92 = 4;
    public const int JaroWinkler88OrSound = 5;
    public const int SwappedWithFirstName = 6;
    public const int JaroWinkler70 = 7;
    public const int Else = 8;

    /// <inheritdoc />
    public override string Name => "LastName";

    /// <inheritdoc />
    /// <remarks>Jaro-Winkler of the whole and of the first surname, each surname crosswise, their sounds.</remarks>
    public override int Cost => 4;

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("all surnames the same", TermFrequency: true),
        new("same first surname, the second missing on one side", TermFrequency: true),
        new("a surname of one is a surname of the other"),
        new("Jaro-Winkler at least 0.92"),
        new("Jaro-Winkler at least 0.88, or same sound"),
        new("swapped with the first name"),
        new("Jaro-Winkler at least 0.70"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.LastNames;
        var y = b.LastNames;
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        if (string.Equals(a.LastNameCompact, b.LastNameCompact, StringComparison.Ordinal))
        {
            return Exact;
        }

        if ((x.Length == 1 || y.Length == 1) && string.Equals(x[0], y[0], StringComparison.Ordinal))
        {
            return FirstSurnameOnly;
        }

        // A typo in one surname of two is closer than a surname missing or moved.
        var compact = NameSimilarity.JaroWinkler(a.LastNameCompact, b.LastNameCompact);
        if (compact >= 0.92)
        {
            return JaroWinkler92;
        }

        if (ShareOne(x, y))
        {
            return Crosswise;
        }

        var similarity = x.Length == 1 && y.Length == 1 ? compact : Math.Max(compact, NameSimilarity.JaroWinkler(x[0], y[0]));
        if (similarity >= 0.92)
        {
            return JaroWinkler92;
        }

        if (similarity >= 0.88 || ShareOne(a.LastNamePhonetics, b.LastNamePhonetics))
        {
            return JaroWinkler88OrSound;
        }

        if (NameSwap.IsSwapped(a, b))
        {
            return SwappedWithFirstName;
        }

        return similarity >= NameSimilarity.Floor ? JaroWinkler70 : Else;
    }

    /// <summary>The agreeing value at the exact level is every surname; at the first-surname level, the first.</summary>
    public override string TermOf(MatchRecord record, int level) => level switch
    {
        Exact => record?.LastNameCompact ?? "",
        FirstSurnameOnly => record?.PaternalLastName ?? "",
        _ => "",
    };

    private static bool ShareOne(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var one = x[i];
            if (one.Length == 0)
            {
                continue;
            }

            for (var j = 0; j < y.Length; j++)
            {
                if (string.Equals(one, y[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
