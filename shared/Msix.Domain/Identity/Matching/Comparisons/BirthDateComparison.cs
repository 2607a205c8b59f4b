using System.Numerics;

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

        if (OneDigitApart(a.BirthDateDigits, b.BirthDateDigits))
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

    /// <summary>
    /// Whether the eight digits yyyymmdd (four bits each) differ in one digit, or by two neighbouring digits
    /// swapped. Each digit that differs leaves one bit set in <c>differs</c>.
    /// </summary>
    private static bool OneDigitApart(uint x, uint y)
    {
        var diff = x ^ y;
        var differs = (diff | (diff >> 1) | (diff >> 2) | (diff >> 3)) & 0x11111111u;
        var count = BitOperations.PopCount(differs);
        if (count == 1)
        {
            return true;
        }

        // Two neighbours: the lower differing digit's bit, and the one four bits above it.
        var lowest = differs & (0u - differs);
        if (count != 2 || differs != lowest * 0x11u)
        {
            return false;
        }

        var shift = BitOperations.TrailingZeroCount(lowest);
        var a = (x >> shift) & 0xFFu;
        var b = (y >> shift) & 0xFFu;
        return (a & 0xFu) == (b >> 4) && (a >> 4) == (b & 0xFu);
    }
}
