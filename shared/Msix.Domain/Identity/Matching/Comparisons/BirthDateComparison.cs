namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The birth date, compared as dates and digits, never as strings by similarity: exact; day and month
/// swapped (a MM/DD source read as DD/MM); one digit wrong or two neighbouring digits swapped; the same year
/// and month; within a year; else.
/// </summary>
public sealed class BirthDateComparison : Comparison
{
    public const int Exact = 1;
    public const int DayMonthSwapped = 2;
    public const int OneDigit = 3;
    public const int SameYearAndMonth = 4;
    public const int WithinAYear = 5;
    public const int Else = 6;

    /// <inheritdoc />
    public override string Name => "BirthDate";

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("exact"),
        new("day and month swapped"),
        new("one digit wrong or two neighbours swapped"),
        new("same year and month"),
        new("within a year"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.BirthDate;
        var y = b.BirthDate;
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return Exact;
        }

        if (a.BirthYear == b.BirthYear && a.BirthMonth == b.BirthDay && a.BirthDay == b.BirthMonth)
        {
            return DayMonthSwapped;
        }

        if (OneDigitApart(x, y))
        {
            return OneDigit;
        }

        if (a.BirthYear == b.BirthYear && a.BirthMonth == b.BirthMonth)
        {
            return SameYearAndMonth;
        }

        var months = Math.Abs(((a.BirthYear * 12) + a.BirthMonth) - ((b.BirthYear * 12) + b.BirthMonth));
        return months <= 12 ? WithinAYear : Else;
    }

    /// <summary>Whether the eight digits yyyymmdd differ in one digit, or by two neighbouring digits swapped.</summary>
    private static bool OneDigitApart(int x, int y)
    {
        Span<int> a = stackalloc int[8];
        Span<int> b = stackalloc int[8];
        for (var i = 7; i >= 0; i--)
        {
            (x, a[i]) = Math.DivRem(x, 10);
            (y, b[i]) = Math.DivRem(y, 10);
        }

        var first = -1;
        var differences = 0;
        for (var i = 0; i < 8; i++)
        {
            if (a[i] != b[i])
            {
                first = first < 0 ? i : first;
                differences++;
            }
        }

        return differences == 1 ||
            (differences == 2 && first < 7 && a[first] == b[first + 1] && a[first + 1] == b[first]);
    }
}
