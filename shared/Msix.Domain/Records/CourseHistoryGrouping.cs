using Msix.Domain.Consolidation;
using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>
/// Builds the course history of the consolidated record: every State's courses, which copy of a course reported
/// more than once the credit summary counts, and the grouping by school year and term.
/// </summary>
internal static class CourseHistoryGrouping
{
    /// <summary>
    /// Every course of every contribution. Copies of one course (the same <see cref="CourseKey"/>) are counted
    /// once: a completed copy before one in progress, then the copy from the most recent contribution (then the
    /// State code, then the order the State sent).
    /// </summary>
    /// <param name="newestFirst">Current contributions, most recent first (then by State code).</param>
    public static IReadOnlyList<CourseEntry> Entries(IReadOnlyList<ContributionDocument> newestFirst)
    {
        var copies = newestFirst.SelectMany(c => c.Record.Courses, (contribution, course) => (Contribution: contribution, Course: course)).ToList();
        var counted = copies
            .Select((copy, index) => (copy.Course, Index: index))
            .GroupBy(c => CourseKey.Of(c.Course))
            .Select(g => g.OrderBy(c => c.Course.InProgress).First().Index)
            .ToHashSet();
        return [.. copies.Select((c, i) => new CourseEntry(c.Contribution.State, c.Contribution.AsOf, c.Course, counted.Contains(i)))];
    }

    /// <summary>
    /// The courses by school year (most recent first), then term type (in code set order); within a term by
    /// subject area, title and section, the counted copy of a course before its other copies.
    /// </summary>
    public static IReadOnlyList<CourseYear> ByYearAndTerm(IReadOnlyList<CourseEntry> entries) =>
    [
        .. entries
            .GroupBy(e => e.Course.AcademicYear.Trim(), StringComparer.Ordinal)
            .OrderByDescending(year => year.Key, StringComparer.Ordinal)
            .Select(year => new CourseYear(year.Key, [.. year.GroupBy(e => e.Course.TermType).OrderBy(term => term.Key).Select(Term)])),
    ];

    private static CourseTerm Term(IGrouping<TermType, CourseEntry> term) =>
        new(term.Key, [
            .. term
                .OrderBy(e => e.Course.SubjectAreaName.Trim(), StringComparer.OrdinalIgnoreCase)
                .ThenBy(e => e.Course.CourseTitle.Trim(), StringComparer.OrdinalIgnoreCase)
                .ThenBy(e => e.Course.CourseSection)
                .ThenBy(e => !e.CountedInCreditSummary)
                .ThenBy(e => e.State, StringComparer.Ordinal),
        ]);

    /// <summary>
    /// What makes two course records the same course: school year, term type, section (section A and B of a divided
    /// course are two courses), title and school or project, ignoring case and surrounding spaces. A course without
    /// a school is the same only as another without one.
    /// </summary>
    private readonly record struct CourseKey(string AcademicYear, TermType TermType, CourseSection CourseSection, string CourseTitle, string School)
    {
        public static CourseKey Of(CourseHistory course) =>
            new(Normal(course.AcademicYear), course.TermType, course.CourseSection, Normal(course.CourseTitle), Normal(course.SchoolOrProjectName));

        private static string Normal(string? text) => (text ?? "").Trim().ToUpperInvariant();
    }
}
