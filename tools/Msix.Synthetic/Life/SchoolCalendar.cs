using System.Globalization;
using Msix.Synthetic.Places;

namespace Msix.Synthetic.Life;

/// <summary>
/// The school year of a State: a regular term of about forty weeks from mid-August (or from the day after
/// Labor Day), two semesters, and a six-week summer session after it. School year 2025 is 2025-2026.
/// </summary>
internal static class SchoolCalendar
{
    public static DateOnly TermStart(StateProfile state, int schoolYear) =>
        state.StartsAfterLaborDay
            ? OnOrAfter(new DateOnly(schoolYear, 9, 1), DayOfWeek.Monday).AddDays(1)
            : OnOrAfter(new DateOnly(schoolYear, 8, 15), DayOfWeek.Monday);

    /// <summary>The last day of the regular term: a Friday about forty weeks after it began.</summary>
    public static DateOnly TermEnd(StateProfile state, int schoolYear) =>
        OnOrBefore(TermStart(state, schoolYear), DayOfWeek.Monday).AddDays(40 * 7 - 3);

    /// <summary>The last day of the first semester: before the winter break, or in late January where school starts in September.</summary>
    public static DateOnly FallEnd(StateProfile state, int schoolYear) =>
        state.StartsAfterLaborDay
            ? OnOrBefore(new DateOnly(schoolYear + 1, 1, 24), DayOfWeek.Friday)
            : OnOrBefore(new DateOnly(schoolYear, 12, 20), DayOfWeek.Friday);

    public static DateOnly SpringStart(StateProfile state, int schoolYear) =>
        state.StartsAfterLaborDay
            ? FallEnd(state, schoolYear).AddDays(3)
            : OnOrAfter(new DateOnly(schoolYear + 1, 1, 6), DayOfWeek.Monday);

    /// <summary>The summer session that follows the school year's regular term.</summary>
    public static DateOnly SummerStart(StateProfile state, int schoolYear) => TermEnd(state, schoolYear).AddDays(17);

    public static DateOnly SummerEnd(StateProfile state, int schoolYear) => SummerStart(state, schoolYear).AddDays(39);

    /// <summary>The school year a date falls in, counting the summer with the year before it (a year runs August to July).</summary>
    public static int SchoolYearOf(DateOnly date) => date.Month >= 8 ? date.Year : date.Year - 1;

    /// <summary>A school year as the MDE writes it: "2025-2026".</summary>
    public static string AcademicYear(int schoolYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{schoolYear}-{schoolYear + 1}");

    /// <summary>The same date on a school day, or the next one (Saturday and Sunday move to Monday).</summary>
    public static DateOnly SchoolDayOnOrAfter(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    /// <summary>The same date on a school day, or the one before (Saturday and Sunday move to Friday).</summary>
    public static DateOnly SchoolDayOnOrBefore(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };

    /// <summary>The school days (Monday to Friday) from one date to another, both included.</summary>
    public static int SchoolDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }

    private static DateOnly OnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    private static DateOnly OnOrBefore(DateOnly date, DayOfWeek day) => date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));
}
