using Msix.Domain.Mde;
using Msix.Domain.Records;
using static Msix.Domain.Tests.Records.StudentRecordTestbed;

namespace Msix.Domain.Tests.Records;

public sealed class StudentRecordCourseTests
{
    private readonly StudentRecordTestbed _bed = new();

    private static IEnumerable<CourseEntry> All(StudentRecordView view) => view.Courses.SelectMany(y => y.Terms).SelectMany(t => t.Courses);

    [Fact]
    public async Task Courses_are_grouped_by_school_year_and_term_and_the_summary_adds_credits_by_subject_area()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with
            {
                Courses =
                [
                    Course("Biology", "Science", 1m, 0.5m, year: "2024-2025", term: TermType.FullSchoolYear),
                    Course("Algebra I", "Mathematics", 0.5m, 0.5m, section: CourseSection.SectionA),
                    Course("English I", "English Language Arts", 0.5m, null, inProgress: true),
                ],
            })),
            Contribution("CA", Child("CA-778", 3, c => c with
            {
                Courses =
                [
                    Course("Algebra I", "Mathematics", 0.5m, 0.5m, section: CourseSection.SectionB, school: "Salinas High School"),
                    Course("Geometry", "mathematics ", 0.25m, 0.25m, term: TermType.SummerTerm, school: "Salinas High School"),
                    Course("World History", "Social Studies", 0.5m, null, inProgress: true, school: "Salinas High School"),
                ],
            })));

        Assert.Equal(["2025-2026", "2024-2025"], view.Courses.Select(y => y.AcademicYear));
        Assert.Equal([TermType.Semester, TermType.SummerTerm], view.Courses[0].Terms.Select(t => t.TermType));
        Assert.Equal(
            [("English I", "TX"), ("Algebra I", "TX"), ("Algebra I", "CA"), ("World History", "CA")],
            view.Courses[0].Terms[0].Courses.Select(c => (c.Course.CourseTitle, c.State)));
        Assert.Equal(CourseSection.SectionA, view.Courses[0].Terms[0].Courses[1].Course.CourseSection);
        Assert.Equal(("Biology", "TX"), (Assert.Single(Assert.Single(view.Courses[1].Terms).Courses).Course.CourseTitle, view.Courses[1].Terms[0].Courses[0].State));
        Assert.All(All(view), c => Assert.True(c.CountedInCreditSummary));

        // Completed: 1 + 0.5 + 0.5 + 0.25 attempted, 0.5 + 0.5 + 0.5 + 0.25 granted; in progress: 0.5 + 0.5.
        var summary = view.CreditSummary;
        Assert.Equal((2.25m, 1.75m, 1.0m), (summary.CreditsAttempted, summary.CreditsGranted, summary.CreditsInProgress));
        Assert.Equal(
            [
                new SubjectAreaCredits("English Language Arts", 0m, 0m, 0.5m),
                new SubjectAreaCredits("Mathematics", 1.25m, 1.25m, 0m),
                new SubjectAreaCredits("Science", 1m, 0.5m, 0m),
                new SubjectAreaCredits("Social Studies", 0m, 0m, 0.5m),
            ],
            summary.BySubjectArea);
    }

    [Fact]
    public async Task A_course_two_States_report_is_listed_twice_and_counted_once_from_the_most_recent_record()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with { Courses = [Course("Algebra I", "Mathematics", 1m, 1m)] })),
            // CA carries the course over from TX's transcript: same year, term, section, title and school, spelt otherwise.
            Contribution("CA", Child("CA-778", 3, c => c with { Courses = [Course(" ALGEBRA I", "Mathematics", 1m, 1m, school: "weslaco east high school ")] })));

        var copies = All(view).ToList();
        Assert.Equal([("CA", true), ("TX", false)], copies.Select(c => (c.State, c.CountedInCreditSummary)));
        Assert.Equal((1m, 1m, 0m), (view.CreditSummary.CreditsAttempted, view.CreditSummary.CreditsGranted, view.CreditSummary.CreditsInProgress));
        Assert.Equal(1m, Assert.Single(view.CreditSummary.BySubjectArea).CreditsGranted);
    }

    [Fact]
    public async Task A_completed_copy_of_a_course_counts_rather_than_a_newer_copy_still_in_progress()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with { Courses = [Course("Algebra I", "Mathematics", 1m, 1m)] })),
            Contribution("CA", Child("CA-778", 3, c => c with { Courses = [Course("Algebra I", "Mathematics", 1m, null, inProgress: true)] })));

        Assert.Equal([("TX", true), ("CA", false)], All(view).Select(c => (c.State, c.CountedInCreditSummary)));
        Assert.Equal((1m, 1m, 0m), (view.CreditSummary.CreditsAttempted, view.CreditSummary.CreditsGranted, view.CreditSummary.CreditsInProgress));
    }

    [Fact]
    public async Task Copies_that_differ_in_year_term_section_or_school_are_different_courses()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with { Courses = [Course("Algebra I", "Mathematics", 1m, 1m)] })),
            Contribution("CA", Child("CA-778", 3, c => c with
            {
                Courses =
                [
                    Course("Algebra I", "Mathematics", 1m, 0m, year: "2024-2025"),
                    Course("Algebra I", "Mathematics", 1m, 1m, term: TermType.SummerTerm),
                    Course("Algebra I", "Mathematics", 0.5m, 0.5m, section: CourseSection.SectionA),
                    Course("Algebra I", "Mathematics", 1m, 1m, school: "Salinas High School"),
                    Course("Algebra I", "Mathematics", 1m, 1m, school: null),
                ],
            })));

        Assert.All(All(view), c => Assert.True(c.CountedInCreditSummary));
        Assert.Equal((5.5m, 4.5m), (view.CreditSummary.CreditsAttempted, view.CreditSummary.CreditsGranted));
    }

    [Fact]
    public async Task A_course_in_progress_reported_twice_is_in_progress_once_and_missing_credits_count_as_zero()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with { Courses = [Course("English I", "English", 0.5m, null, inProgress: true), Course("Study Skills", "Other", null, null)] })),
            Contribution("CA", Child("CA-778", 3, c => c with { Courses = [Course("English I", "English", 0.5m, null, inProgress: true)] })));

        Assert.Equal((0m, 0m, 0.5m), (view.CreditSummary.CreditsAttempted, view.CreditSummary.CreditsGranted, view.CreditSummary.CreditsInProgress));
        Assert.Equal(["CA"], All(view).Where(c => c.Course.CourseTitle == "English I" && c.CountedInCreditSummary).Select(c => c.State));
    }
}
