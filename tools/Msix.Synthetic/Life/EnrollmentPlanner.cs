using Msix.Domain.Mde;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// The enrollments of one child during one stay: for each school year the stay touches, a regular-term
/// enrollment at the school for the child's grade (basic school program), often a summer MEP project, or a
/// residency-only year for young children (P0 to P5) and out-of-school youth (OS). Every enrollment starts
/// after the arrival (the qualifying move) and never after the reference date; a closed one has a
/// withdrawal date on or after its enrollment date.
/// </summary>
internal static class EnrollmentPlanner
{
    private const double SummerShare = 0.35;

    public static IEnumerable<PlannedEnrollment> ForStay(
        Family family, TrueChild child, Stay stay, IReadOnlyList<Stay> allStays, DateOnly today, SeededRandom random)
    {
        var birthDate = child.Truth.BirthDate;
        var traits = child.Traits;
        var lastDay = stay.LastDay(today);
        for (var year = SchoolCalendar.SchoolYearOf(stay.Arrival) - 1; year <= SchoolCalendar.SchoolYearOf(lastDay); year++)
        {
            var index = GradeLevels.GradeIndex(birthDate, year, traits.YearsBehind);
            var age = GradeLevels.Age(birthDate, new DateOnly(year, 9, 1));
            if (index > 12 && traits.Graduates)
            {
                continue;
            }

            if (index < 0 && !(age == 4 && traits.PreKindergarten))
            {
                var early = Residency(child, stay, today, year, outOfSchool: false, random);
                if (early is not null)
                {
                    yield return early;
                }

                continue;
            }

            if (index > 12 || (traits.LeavesSchoolAt16 && age >= 16))
            {
                var youth = Residency(child, stay, today, year, outOfSchool: true, random);
                if (youth is not null)
                {
                    yield return youth;
                }

                continue;
            }

            var grade = index < 0 ? GradeLevel.Preschool : GradeLevels.OfIndex(index);
            var regular = RegularTerm(family, child, stay, allStays, today, year, grade, random);
            if (regular is not null)
            {
                yield return regular;
            }

            var graduated = grade == GradeLevel.Grade12 && traits.Graduates;
            if (!graduated && grade != GradeLevel.Preschool && random.Chance(SummerShare))
            {
                var summer = Summer(child, stay, today, year, grade, random);
                if (summer is not null)
                {
                    yield return summer;
                }
            }
        }
    }

    private static PlannedEnrollment? RegularTerm(
        Family family, TrueChild child, Stay stay, IReadOnlyList<Stay> allStays, DateOnly today, int year, GradeLevel grade, SeededRandom random)
    {
        var state = stay.State;
        var termEnd = SchoolCalendar.TermEnd(state, year);
        if (Window(stay, today, SchoolCalendar.TermStart(state, year), termEnd, random) is not { } window)
        {
            return null;
        }

        var (start, withdrawal, last) = window;
        var school = SchoolFor(stay.District, grade, family);
        var secondary = GradeLevels.IsSecondary(grade);
        var traits = child.Traits;
        var graduates = grade == GradeLevel.Grade12 && traits.Graduates && withdrawal == termEnd;
        var home = allStays[0].District;
        var earlierElsewhere = allStays.Any(s => s.Arrival < stay.Arrival && s.State != state);
        var enrollment = new Enrollment(
            school.Id, school.Name, stay.District.Id, stay.District.Name, start, withdrawal,
            random.Chance(0.2) ? MepEnrollmentType.BasicSchoolAndRegularTermMepProject : MepEnrollmentType.BasicSchoolProgram,
            grade,
            ResidencyDate: random.Chance(0.7) ? stay.Arrival : null,
            EnglishLearnerIndicator: random.Chance(0.85) ? traits.EnglishLearner : null,
            IdeaIndicator: random.Chance(0.8) ? traits.Idea : null,
            DesignatedGraduationSchoolId: secondary && random.Chance(0.6) ? home.High.Id : null,
            GraduationHseIndicator: graduates ? GraduationHseIndicator.Graduation : null,
            GraduationHseDate: graduates ? withdrawal : null,
            AlgebraIOrEquivalentIndicator: AlgebraI(grade, traits, random),
            OutOfStateTranscriptIndicator: secondary && random.Chance(0.5) ? earlierElsewhere : null,
            MedicalAlertIndicator: null,
            ImmunizationRecordFlag: null);
        return new PlannedEnrollment(WithHealth(enrollment, traits, random), EnrollmentKind.RegularTerm, year, last, school);
    }

    private static PlannedEnrollment? Summer(TrueChild child, Stay stay, DateOnly today, int year, GradeLevel grade, SeededRandom random)
    {
        var state = stay.State;
        if (Window(stay, today, SchoolCalendar.SummerStart(state, year), SchoolCalendar.SummerEnd(state, year), random) is not { } window ||
            window.LastDay.DayNumber - window.Start.DayNumber < 9)
        {
            return null;
        }

        var (start, withdrawal, last) = window;
        var district = stay.District;
        var enrollment = new Enrollment(
            null, district.SummerProgramName, district.Id, district.Name, start, withdrawal,
            MepEnrollmentType.SummerIntersessionMepProject, grade,
            ResidencyDate: random.Chance(0.5) ? stay.Arrival : null,
            EnglishLearnerIndicator: random.Chance(0.6) ? child.Traits.EnglishLearner : null,
            IdeaIndicator: null, DesignatedGraduationSchoolId: null, GraduationHseIndicator: null, GraduationHseDate: null,
            AlgebraIOrEquivalentIndicator: null, OutOfStateTranscriptIndicator: null,
            MedicalAlertIndicator: null, ImmunizationRecordFlag: null);
        return new PlannedEnrollment(WithHealth(enrollment, child.Traits, random), EnrollmentKind.Summer, year, last, null);
    }

    /// <summary>
    /// A residency-only (or MEP project) year for a young child or an out-of-school youth: from the first day
    /// of the school year to the day before the next one starts, so it never overlaps a kindergarten enrollment.
    /// </summary>
    private static PlannedEnrollment? Residency(TrueChild child, Stay stay, DateOnly today, int year, bool outOfSchool, SeededRandom random)
    {
        var state = stay.State;
        var periodEnd = SchoolCalendar.TermStart(state, year + 1).AddDays(-1);
        if (Window(stay, today, SchoolCalendar.TermStart(state, year), periodEnd, random) is not { } window)
        {
            return null;
        }

        var (start, withdrawal, last) = window;
        var grade = outOfSchool ? GradeLevel.OutOfSchool : GradeLevels.EarlyChildhood(GradeLevels.Age(child.Truth.BirthDate, start));
        var type = outOfSchool
            ? (random.Chance(0.3) ? MepEnrollmentType.RegularTermMepProject : MepEnrollmentType.ResidencyOnly)
            : (random.Chance(0.2) ? MepEnrollmentType.YearRoundMepProject : MepEnrollmentType.ResidencyOnly);
        var district = stay.District;
        var enrollment = new Enrollment(
            null, district.MigrantProgramName, district.Id, district.Name, start, withdrawal, type, grade,
            ResidencyDate: random.Chance(0.8) ? stay.Arrival : null,
            EnglishLearnerIndicator: null, IdeaIndicator: null, DesignatedGraduationSchoolId: null,
            GraduationHseIndicator: null, GraduationHseDate: null, AlgebraIOrEquivalentIndicator: null,
            OutOfStateTranscriptIndicator: null, MedicalAlertIndicator: null, ImmunizationRecordFlag: null);
        return new PlannedEnrollment(WithHealth(enrollment, child.Traits, random), EnrollmentKind.Residency, year, last, null);
    }

    /// <summary>
    /// Where a period (a term, a summer, a year) meets the stay: it starts a few days after the arrival (or
    /// on the period's first day) and ends at the departure (or on the period's last day). Open (no
    /// withdrawal) while both the stay and the period go on past the reference date. Null when they do not meet.
    /// </summary>
    private static (DateOnly Start, DateOnly? Withdrawal, DateOnly LastDay)? Window(
        Stay stay, DateOnly today, DateOnly periodStart, DateOnly periodEnd, SeededRandom random)
    {
        var afterArrival = stay.Arrival.AddDays(random.Next(1, 8));
        var start = SchoolCalendar.SchoolDayOnOrAfter(afterArrival > periodStart ? afterArrival : periodStart);
        var stayLast = stay.LastDay(today);
        var end = stayLast < periodEnd ? stayLast : periodEnd;
        if (start > today || start > end)
        {
            return null;
        }

        if (stay.Departure is null && periodEnd >= today)
        {
            return (start, null, today);
        }

        var withdrawal = SchoolCalendar.SchoolDayOnOrBefore(end);
        return withdrawal < start ? null : (start, withdrawal, withdrawal);
    }

    private static School SchoolFor(District district, GradeLevel grade, Family family) =>
        GradeLevels.Number(grade) switch
        {
            >= 9 => district.High,
            >= 6 => district.Middle,
            _ => district.Elementary[(int)(family.Index % district.Elementary.Count)],
        };

    private static bool? AlgebraI(GradeLevel grade, ChildTraits traits, SeededRandom random)
    {
        var number = GradeLevels.Number(grade) ?? 0;
        if (number < 8 || !random.Chance(0.6))
        {
            return null;
        }

        return number >= 10 || (traits.AdvancedMath && number >= 8) ? true : number == 9 ? false : null;
    }

    /// <summary>Some enrollments carry the child's health flags (health.csv in a zip).</summary>
    private static Enrollment WithHealth(Enrollment enrollment, ChildTraits traits, SeededRandom random) =>
        random.Chance(0.25)
            ? enrollment with { MedicalAlertIndicator = traits.MedicalAlert, ImmunizationRecordFlag = random.Chance(0.9) ? traits.Immunized : null }
            : enrollment;
}
