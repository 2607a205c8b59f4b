using System.Collections.Immutable;
using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The parents' names: a parent's first name and a parent's surname both found on the other side; a parent's
/// first name found (or a nickname of it); else. Also the other way of naming a family: a parent's surname
/// that is the child's first surname on the other side counts with the surnames.
/// </summary>
public sealed class ParentNamesComparison : Comparison
{
    public const int FirstAndLastName = 1;
    public const int FirstName = 2;
    public const int Else = 3;

    /// <inheritdoc />
    public override string Name => "ParentNames";

    /// <inheritdoc />
    /// <remarks>Every parent's names against the other side's.</remarks>
    public override int Cost => 3;

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("a parent's first and last name agree"),
        new("a parent's first name agrees"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ParentFirstNames.Length == 0 || b.ParentFirstNames.Length == 0)
        {
            return 0;
        }

        if (!FirstNameAgrees(a.ParentFirstNames, b.ParentFirstNames))
        {
            return Else;
        }

        return SurnameAgrees(a, b) ? FirstAndLastName : FirstName;
    }

    /// <summary>Whether a parent's first name on one side is one on the other: the same (looked at first, as it is cheapest), a nickname, or close.</summary>
    private static bool FirstNameAgrees(ImmutableArray<string> x, ImmutableArray<string> y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (Contains(y, x[i]))
            {
                return true;
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < y.Length; j++)
            {
                if (Nicknames.AreRelated(x[i], y[j]) || NameSimilarity.JaroWinkler(x[i], y[j]) >= 0.92)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SurnameAgrees(MatchRecord a, MatchRecord b)
    {
        // A parent's surname on one side that is a parent's surname, or one of the child's, on the other.
        for (var i = 0; i < a.ParentLastNames.Length; i++)
        {
            var x = a.ParentLastNames[i];
            if (Contains(b.ParentLastNames, x) || Contains(b.LastNames, x))
            {
                return true;
            }
        }

        for (var i = 0; i < b.ParentLastNames.Length; i++)
        {
            var y = b.ParentLastNames[i];
            if (Contains(a.LastNames, y))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<string> names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
