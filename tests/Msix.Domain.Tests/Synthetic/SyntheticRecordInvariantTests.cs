using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

public sealed class SyntheticRecordInvariantTests
{
    [Fact]
    public void Every_record_of_the_sample_is_valid()
    {
        var problems = SyntheticSample.Children
            .SelectMany(child => child.Records.SelectMany(r => RecordInvariants.Problems(r, child.Truth, SyntheticSample.Options.Today)))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Theory]
    [InlineData("TX", 3)]
    [InlineData("MI", 4)]
    [InlineData("KS", 5)]
    [InlineData("NY", 6)]
    public void Every_record_of_a_single_state_generation_is_valid(string state, int seed)
    {
        var today = new DateOnly(2025, 2, 28);
        var children = SyntheticPopulation.GenerateFamilies(new SyntheticOptions(seed, 600, [state]) { Today = today })
            .SelectMany(f => f.Children)
            .ToList();

        var problems = children.SelectMany(c => c.Records.SelectMany(r => RecordInvariants.Problems(r, c.Truth, today))).ToList();

        Assert.Equal(600, children.Count);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Secondary_students_have_completed_and_in_progress_courses()
    {
        var courses = SyntheticSample.Records.SelectMany(r => r.Record.Courses).ToList();

        Assert.Contains(courses, c => c.InProgress && c.ClockHours > 0);
        Assert.Contains(courses, c => !c.InProgress && c.CreditsGranted == 0.5m);
        Assert.Contains(courses, c => c.CreditsAttempted == 1m);
    }

    [Fact]
    public void Enrollments_cover_the_mep_enrollment_types_and_grade_levels_of_a_migrant_population()
    {
        var enrollments = SyntheticSample.Records.SelectMany(r => r.Record.Enrollments).ToList();

        Assert.Contains(enrollments, e => e.EnrollmentType == Mde.MepEnrollmentType.BasicSchoolProgram);
        Assert.Contains(enrollments, e => e.EnrollmentType == Mde.MepEnrollmentType.SummerIntersessionMepProject);
        Assert.Contains(enrollments, e => e.EnrollmentType == Mde.MepEnrollmentType.ResidencyOnly);
        Assert.Contains(enrollments, e => e.WithdrawalDate is null);
        foreach (var grade in new[] { Mde.GradeLevel.P0, Mde.GradeLevel.P3, Mde.GradeLevel.Kindergarten, Mde.GradeLevel.Grade01, Mde.GradeLevel.Grade12, Mde.GradeLevel.OutOfSchool })
        {
            Assert.Contains(enrollments, e => e.GradeLevel == grade);
        }
    }
}
