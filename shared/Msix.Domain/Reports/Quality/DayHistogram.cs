namespace Msix.Domain.Reports.Quality;

/// <summary>
/// How many times each whole number of days was seen: a counter per day from 0 to <see cref="Span"/>, and the
/// rarer longer delays counted by their value. Memory is bounded by the different values, not the count; the
/// percentiles are exact and do not depend on the order the days were added.
/// </summary>
internal sealed class DayHistogram
{
    /// <summary>The longest delay with a counter of its own (two years).</summary>
    public const int Span = 730;

    private readonly int[] _days = new int[Span + 1];
    private readonly Dictionary<int, int> _longer = [];

    /// <summary>The days added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one delay of <paramref name="days"/> (0 or more).</summary>
    public void Add(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days <= Span)
        {
            _days[days]++;
        }
        else
        {
            _longer[days] = _longer.GetValueOrDefault(days) + 1;
        }

        Count++;
    }

    /// <summary>
    /// The <paramref name="percent"/>th percentile by nearest rank: the smallest value such that at least
    /// <paramref name="percent"/>% of the days added are at most it, i.e. the value at rank ⌈percent × Count / 100⌉
    /// (from 1) of the sorted days. The median is the 50th: the lower middle value of an even count. Null when empty.
    /// </summary>
    public int? Percentile(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (Count == 0)
        {
            return null;
        }

        var rank = (((long)percent * Count) + 99) / 100;
        long seen = 0;
        for (var day = 0; day <= Span; day++)
        {
            seen += _days[day];
            if (seen >= rank)
            {
                return day;
            }
        }

        foreach (var (day, count) in _longer.OrderBy(d => d.Key))
        {
            seen += count;
            if (seen >= rank)
            {
                return day;
            }
        }

        throw new InvalidOperationException("The histogram lost count of its days.");
    }

    /// <summary>The share (0 to 1) of the days added that are at most <paramref name="days"/>; null when empty.</summary>
    public double? ShareAtMost(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, Span);
        if (Count == 0)
        {
            return null;
        }

        long within = 0;
        for (var day = 0; day <= days; day++)
        {
            within += _days[day];
        }

        return (double)within / Count;
    }
}
