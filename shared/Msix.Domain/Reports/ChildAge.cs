namespace Msix.Domain.Reports;

/// <summary>
/// Ages in whole years. A child turns N on <c>BirthDate.AddYears(N)</c>: for a child born on 29 February that is
/// 28 February in a common year.
/// </summary>
public static class ChildAge
{
    /// <summary>The age in whole years on <paramref name="day"/>; negative when the child is not yet born.</summary>
    public static int On(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>The band of an age; <see cref="AgeBand.Unknown"/> for a negative one.</summary>
    public static AgeBand BandOf(int age) => age switch
    {
        < 0 => AgeBand.Unknown,
        <= 2 => AgeBand.Age0To2,
        <= 5 => AgeBand.Age3To5,
        <= 10 => AgeBand.Age6To10,
        <= 13 => AgeBand.Age11To13,
        <= 17 => AgeBand.Age14To17,
        <= 21 => AgeBand.Age18To21,
        _ => AgeBand.Age22AndOver,
    };

    /// <summary>"0-2", "3-5", …, "22+", "Unknown".</summary>
    public static string LabelOf(AgeBand band) => band switch
    {
        AgeBand.Age0To2 => "0-2",
        AgeBand.Age3To5 => "3-5",
        AgeBand.Age6To10 => "6-10",
        AgeBand.Age11To13 => "11-13",
        AgeBand.Age14To17 => "14-17",
        AgeBand.Age18To21 => "18-21",
        AgeBand.Age22AndOver => "22+",
        _ => "Unknown",
    };
}
