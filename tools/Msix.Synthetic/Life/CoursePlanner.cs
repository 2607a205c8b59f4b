using System.Globalization;
using Msix.Domain.Mde;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// The course history of a secondary student's regular-term enrollment: five courses a year (English,
/// mathematics, science, social studies and an elective), by semester (sections A and B, 0.5 credit each)
/// or for the full year (1 credit) as the State does it. A course the enrollment saw to its end has a final
/// grade and the credits granted (none when failed); one cut short by a withdrawal, or still running on
/// the reference date, is in progress with its clock hours and grade to date.
/// </summary>
internal static class CoursePlanner
{
    private const int MinimumDays = 10;
    private const string English = "English Language and Literature";
    private const string Mathematics = "Mathematics";
    private const string Science = "Life and Physical Sciences";
    private const string SocialStudies = "Social Sciences and History";

    private static readonly string[] EnglishCourses = ["English I", "English II", "English III", "English IV"];
    private static readonly string[] MathCourses = ["Algebra I", "Geometry", "Algebra II", "Precalculus", "AP Calculus AB"];
    private static readonly string[] ScienceCourses = ["Biology", "Chemistry", "Physics", "Environmental Science"];
    private static readonly string[] SocialCourses = ["World Geography", "World History", "U.S. History", "U.S. Government and Economics"];

    private static readonly (string Title, string Subject)[] Electives =
    [
        ("Spanish for Spanish Speakers I", "Foreign Language and Literature"),
        ("Physical Education", "Physical, Health, and Safety Education"),
        ("Art I", "Fine and Performing Arts"),
        ("Principles of Agriculture", "Agriculture, Food, and Natural Resources"),
        ("Health", "Physical, Health, and Safety Education"),
        ("Computer Science Principles", "Computer and Information Sciences"),
    ];

    private static readonly Weighted<string> PassingLetters = Weighted.Parse("A:20|A-:10|B+:12|B:18|B-:8|C+:8|C:10|C-:4|D:4");

    public static IEnumerable<CourseHistory> For(PlannedEnrollment planned, StateProfile state, ChildTraits traits, SeededRandom random)
    {
        var enrollment = planned.Enrollment;
        if (planned.Kind != EnrollmentKind.RegularTerm || planned.School is null || GradeLevels.Number(enrollment.GradeLevel) is not (>= 9 and var grade))
        {
            yield break;
        }

        var year = planned.SchoolYear;
        var terms = state.FullYearCourses
            ? [(CourseSection.FullYear, SchoolCalendar.TermStart(state, year), SchoolCalendar.TermEnd(state, year))]
            : new[]
            {
                (CourseSection.SectionA, SchoolCalendar.TermStart(state, year), SchoolCalendar.FallEnd(state, year)),
                (CourseSection.SectionB, SchoolCalendar.SpringStart(state, year), SchoolCalendar.TermEnd(state, year)),
            };
        var credits = state.FullYearCourses ? 1.0m : 0.5m;

        foreach (var (section, termStart, termEnd) in terms)
        {
            var from = enrollment.EnrollmentDate > termStart ? enrollment.EnrollmentDate : termStart;
            var to = planned.LastDay < termEnd ? planned.LastDay : termEnd;
            if (to.DayNumber - from.DayNumber < MinimumDays)
            {
                continue;
            }

            var completed = planned.LastDay >= termEnd;
            foreach (var (title, subject, type) in Schedule(grade, traits, year))
            {
                yield return completed
                    ? Completed(title, subject, type, section, state, year, planned.School.Name, credits, random)
                    : InProgress(title, subject, type, section, state, year, planned.School.Name, credits, from, to, random);
            }
        }
    }

    /// <summary>
    /// One row per course, section, school year and school: a child who left a school and came back within
    /// one semester took the course once. The later row wins (it is the more current), with the clock
    /// hours of both when both are in progress.
    /// </summary>
    public static List<CourseHistory> Merge(IEnumerable<CourseHistory> courses)
    {
        var merged = new List<CourseHistory>();
        var index = new Dictionary<(string, string, TermType, CourseSection, string?), int>();
        foreach (var course in courses)
        {
            var key = (course.CourseTitle, course.AcademicYear, course.TermType, course.CourseSection, course.SchoolOrProjectName);
            if (!index.TryGetValue(key, out var at))
            {
                index.Add(key, merged.Count);
                merged.Add(course);
                continue;
            }

            var earlier = merged[at];
            merged[at] = course.InProgress && earlier.InProgress
                ? course with { ClockHours = course.ClockHours + earlier.ClockHours }
                : course;
        }

        return merged;
    }

    /// <summary>The student's five courses of a year: the same in both semesters.</summary>
    private static IEnumerable<(string Title, string Subject, CourseType Type)> Schedule(int grade, ChildTraits traits, int year)
    {
        var step = grade - 9;
        var math = Math.Min(step + (traits.AdvancedMath ? 1 : 0), MathCourses.Length - 1);
        yield return (EnglishCourses[step], English, CourseType.Regular);
        yield return (MathCourses[math], Mathematics, MathCourses[math].StartsWith("AP ", StringComparison.Ordinal) ? CourseType.AdvancedPlacement : CourseType.Regular);
        yield return (ScienceCourses[step], Science, traits.AdvancedMath && step >= 1 ? CourseType.Honors : CourseType.Regular);
        yield return (SocialCourses[step], SocialStudies, CourseType.Regular);
        if (traits.EnglishLearner && step <= 1)
        {
            yield return (step == 0 ? "English as a Second Language I" : "English as a Second Language II", English, CourseType.Regular);
        }
        else
        {
            var (title, subject) = Electives[(year + grade) % Electives.Length];
            yield return (title, subject, CourseType.Regular);
        }
    }

    private static CourseHistory Completed(
        string title, string subject, CourseType type, CourseSection section, StateProfile state, int year, string school,
        decimal credits, SeededRandom random)
    {
        var passed = random.Chance(0.92);
        var grade = state.NumericGrades
            ? (passed ? random.Next(70, 100) : random.Next(45, 70)).ToString(CultureInfo.InvariantCulture)
            : passed ? PassingLetters.Pick(random) : "F";
        return new CourseHistory(title, subject, type, section, TermOf(state), SchoolCalendar.AcademicYear(year), school,
            ClockHours: null, GradeToDate: null, FinalGrade: grade, CreditsAttempted: credits, CreditsGranted: passed ? credits : 0m,
            InProgress: false);
    }

    private static CourseHistory InProgress(
        string title, string subject, CourseType type, CourseSection section, StateProfile state, int year, string school,
        decimal credits, DateOnly from, DateOnly to, SeededRandom random)
    {
        // About 50 minutes a school day in each course.
        var hours = Math.Round(SchoolCalendar.SchoolDays(from, to) * 0.83m, 1);
        var gradeToDate = state.NumericGrades
            ? random.Next(55, 100).ToString(CultureInfo.InvariantCulture)
            : random.Chance(0.9) ? PassingLetters.Pick(random) : "F";
        return new CourseHistory(title, subject, type, section, TermOf(state), SchoolCalendar.AcademicYear(year), school,
            ClockHours: hours, GradeToDate: gradeToDate, FinalGrade: null, CreditsAttempted: credits, CreditsGranted: null,
            InProgress: true);
    }

    private static TermType TermOf(StateProfile state) => state.FullYearCourses ? TermType.FullSchoolYear : TermType.Semester;
}
