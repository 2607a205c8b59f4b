using Msix.Synthetic.Places;

namespace Msix.Synthetic.Life;

/// <summary>
/// A family's stay in one district of one State: it arrived (a qualifying move) from a place, and left on
/// its departure date, or is still there.
/// </summary>
internal sealed record Stay(StateProfile State, District District, DateOnly Arrival, DateOnly? Departure, Place From)
{
    /// <summary>The last day in the district: the day before departure, or the reference date while the family is still there.</summary>
    public DateOnly LastDay(DateOnly today) => Departure is { } departure ? departure.AddDays(-1) : today;
}
