using Msix.Domain.Mde;

namespace Msix.Synthetic.Life;

/// <summary>Ages and the grade levels that go with them.</summary>
internal static class GradeLevels
{
    private static readonly GradeLevel[] Graded =
    [
        GradeLevel.Kindergarten, GradeLevel.Grade01, GradeLevel.Grade02, GradeLevel.Grade03, GradeLevel.Grade04,
        GradeLevel.Grade05, GradeLevel.Grade06, GradeLevel.Grade07, GradeLevel.Grade08, GradeLevel.Grade09,
        GradeLevel.Grade10, GradeLevel.Grade11, GradeLevel.Grade12,
    ];

    /// <summary>Age in whole years on a date.</summary>
    public static int Age(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>
    /// The grade index of a school year (0 kindergarten, 1 to 12 the grades): the age on 1 September less
    /// the years the child is behind. Below 0 the child is not in school yet; above 12 past high school.
    /// </summary>
    public static int GradeIndex(DateOnly birthDate, int schoolYear, int yearsBehind) =>
        Age(birthDate, new DateOnly(schoolYear, 9, 1)) - 5 - yearsBehind;

    public static GradeLevel OfIndex(int index) => Graded[index];

    /// <summary>The MDE's levels for young children not in school: P0 from birth, ... P4 from four, P5 from five.</summary>
    public static GradeLevel EarlyChildhood(int age) => age switch
    {
        <= 0 => GradeLevel.P0,
        1 => GradeLevel.P1,
        2 => GradeLevel.P2,
        3 => GradeLevel.P3,
        4 => GradeLevel.P4,
        _ => GradeLevel.P5,
    };

    public static bool IsSecondary(GradeLevel grade) => grade is GradeLevel.Grade09 or GradeLevel.Grade10 or GradeLevel.Grade11 or GradeLevel.Grade12;

    /// <summary>The grade's number (3 for grade 03), or null for levels that are not numbered grades.</summary>
    public static int? Number(GradeLevel grade)
    {
        var index = Array.IndexOf(Graded, grade);
        return index > 0 ? index : null;
    }
}
