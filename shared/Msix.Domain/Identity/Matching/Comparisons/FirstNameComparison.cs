using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The child's first name: exact; a nickname, or the same first word ("Maria Jose" and "Maria"); Jaro-Winkler
/// bands; the same sound; one record's first name is the other's middle name; an initial; swapped with the
/// surname; one record's first name is a surname of the other's (the names entered one field over, "Juan |
/// Perez | Garcia" as "Perez | Garcia"); else.
/// </summary>
public sealed class FirstNameComparison : Comparison
{
    public const int Exact = 1;
    public const int NicknameOrFirstWord = 2;
    public const int JaroWinkler92 = 3;
    public const int JaroWinkler88OrSound = 4;
    public const int MiddleName = 5;
    public const int Initial = 6;
    public const int SwappedWithLastName = 7;
    public const int AnotherSurname = 8;
    public const int JaroWinkler70 = 9;
    public const int Else = 10;

    /// <inheritdoc />
    public override string Name => "FirstName";

    /// <inheritdoc />
    /// <remarks>Jaro-Winkler and the sound of the names.</remarks>
    public override int Cost => 2;

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("exact", TermFrequency: true),
        new("nickname or same first word"),
        new("Jaro-Winkler at least 0.92"),
        new("Jaro-Winkler at least 0.88, or same sound"),
        new("one's first name is the other's middle name"),
        new("an initial of the other"),
        new("swapped with the last name"),
        new("one of the other's surnames"),
        new("Jaro-Winkler at least 0.70"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.FirstName;
        var y = b.FirstName;
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return Exact;
        }

        if (string.Equals(a.FirstNameWord, b.FirstNameWord, StringComparison.Ordinal) || Nicknames.AreRelated(a.FirstNameWord, b.FirstNameWord))
        {
            return NicknameOrFirstWord;
        }

        var similarity = NameSimilarity.JaroWinkler(x, y);
        if (similarity >= 0.92)
        {
            return JaroWinkler92;
        }

        if (similarity >= 0.88 || (a.FirstNamePhonetic.Length > 0 && string.Equals(a.FirstNamePhonetic, b.FirstNamePhonetic, StringComparison.Ordinal)))
        {
            return JaroWinkler88OrSound;
        }

        if ((a.MiddleName.Length > 0 && string.Equals(a.MiddleName, y, StringComparison.Ordinal)) ||
            (b.MiddleName.Length > 0 && string.Equals(b.MiddleName, x, StringComparison.Ordinal)))
        {
            return MiddleName;
        }

        if (Initials.IsInitialOf(x, y) || Initials.IsInitialOf(y, x))
        {
            return Initial;
        }

        if (NameSwap.IsSwapped(a, b))
        {
            return SwappedWithLastName;
        }

        if (IsSurnameOf(x, b) || IsSurnameOf(y, a))
        {
            return AnotherSurname;
        }

        return similarity >= NameSimilarity.Floor ? JaroWinkler70 : Else;
    }

    /// <inheritdoc />
    public override string TermOf(MatchRecord record, int level) => level == Exact ? record?.FirstName ?? "" : "";

    /// <summary>Whether <paramref name="firstName"/> is one of <paramref name="other"/>'s surnames, or all of them run together.</summary>
    private static bool IsSurnameOf(string firstName, MatchRecord other)
    {
        if (string.Equals(firstName, other.LastNameCompact, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var lastName in other.LastNames)
        {
            if (string.Equals(firstName, lastName, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
