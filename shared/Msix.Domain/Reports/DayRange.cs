namespace Msix.Domain.Reports;

/// <summary>Days from <paramref name="Start"/> to <paramref name="End"/>, both included.</summary>
internal readonly record struct DayRange(DateOnly Start, DateOnly End)
{
    /// <summary>The days of an enrolment: from its enrolment date to its withdrawal date, or open when it has none.</summary>
    public static DayRange? Of(DateOnly from, DateOnly? to)
    {
        var end = to ?? DateOnly.MaxValue;
        return end < from ? null : new DayRange(from, end);
    }

    /// <summary>The days both ranges hold; null when they share none.</summary>
    public DayRange? Intersect(DayRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end < start ? null : new DayRange(start, end);
    }
}
