using Msix.Domain.Mde;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Records.StudentRecordTestbed;

namespace Msix.Domain.Tests.Records;

public sealed class StudentRecordSectionsTests
{
    private readonly StudentRecordTestbed _bed = new();

    [Fact]
    public async Task Enrollments_from_three_States_are_in_time_order_most_recent_first_each_with_its_State()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with
            {
                Enrollments = [Enrollment("Weslaco East High School", new DateOnly(2024, 8, 26), GradeLevel.Grade08), Enrollment("Weslaco East High School", new DateOnly(2025, 8, 25))],
            })),
            Contribution("CA", Child("CA-778", 2, c => c with
            {
                Enrollments = [Enrollment("Salinas High School", new DateOnly(2026, 1, 12)) with { EnrollmentType = MepEnrollmentType.BasicSchoolAndRegularTermMepProject, EnglishLearnerIndicator = true }],
            })),
            // The most recent record holds the oldest enrollment: the order is the enrollments' own.
            Contribution("AZ", Child("AZ-9", 9, c => c with
            {
                Enrollments = [Enrollment("Yuma Summer Migrant Program", new DateOnly(2025, 6, 16), GradeLevel.Grade08) with { EnrollmentType = MepEnrollmentType.SummerIntersessionMepProject, WithdrawalDate = new DateOnly(2025, 7, 25) }],
            })));

        Assert.Equal(
            [("CA", "2026-01-12"), ("TX", "2025-08-25"), ("AZ", "2025-06-16"), ("TX", "2024-08-26")],
            view.Enrollments.Select(e => (e.State, e.Enrollment.EnrollmentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        var california = view.Enrollments[0];
        Assert.Equal((TestRecords.AsOf.AddDays(2), MepEnrollmentType.BasicSchoolAndRegularTermMepProject, true), (california.AsOf, california.Enrollment.EnrollmentType, california.Enrollment.EnglishLearnerIndicator));
        var arizona = view.Enrollments[2].Enrollment;
        Assert.Equal((new DateOnly(2025, 7, 25), GradeLevel.Grade08, MepEnrollmentType.SummerIntersessionMepProject), (arizona.WithdrawalDate, arizona.GradeLevel, arizona.EnrollmentType));
    }

    [Fact]
    public async Task Health_flags_come_from_the_most_recent_enrollment_that_has_each_with_its_source()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with
            {
                Enrollments = [Enrollment("Weslaco East High School", new DateOnly(2025, 8, 25)) with { MedicalAlertIndicator = MedicalAlertIndicator.Chronic, ImmunizationRecordFlag = true }],
            })),
            Contribution("CA", Child("CA-778", 2, c => c with
            {
                Enrollments = [Enrollment("Salinas High School", new DateOnly(2026, 1, 12)) with { ImmunizationRecordFlag = false }],
            })),
            Contribution("AZ", Child("AZ-9", 9, c => c with
            {
                Enrollments = [Enrollment("Yuma Summer Migrant Program", new DateOnly(2025, 6, 16)) with { MedicalAlertIndicator = MedicalAlertIndicator.None, ImmunizationRecordFlag = true }],
            })));

        var alert = view.Health.MedicalAlertIndicator!;
        Assert.Equal((MedicalAlertIndicator.Chronic, "TX", TestRecords.AsOf, new DateOnly(2025, 8, 25), "Weslaco East High School"), (alert.Value, alert.State, alert.AsOf, alert.EnrollmentDate, alert.SchoolOrProjectName));
        var immunization = view.Health.ImmunizationRecordFlag!;
        Assert.Equal((false, "CA", new DateOnly(2026, 1, 12)), (immunization.Value, immunization.State, immunization.EnrollmentDate));
    }

    [Fact]
    public async Task Health_flags_no_enrollment_reports_are_absent()
    {
        var view = await _bed.ViewAsync(Contribution("TX", Child("TX001", 0, c => c with { Enrollments = [Enrollment("Weslaco East High School", new DateOnly(2025, 8, 25))] })));

        Assert.Null(view.Health.MedicalAlertIndicator);
        Assert.Null(view.Health.ImmunizationRecordFlag);
    }

    [Fact]
    public async Task Qualifying_moves_and_assessments_keep_their_States_most_recent_first()
    {
        var move = TestRecords.Child().QualifyingMoves[0];
        var assessment = new Assessment("STAAR Algebra I", "Mathematics", AssessmentType.EndOfCourse, new YearMonth(2025, 5), AssessmentReportingMethod.ScaleScore, "4012", AssessmentInterpretation.Passed);
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, c => c with { Assessments = [assessment] })),
            Contribution("CA", Child("CA-778", 2, c => c with
            {
                QualifyingMoves = [move with { QualifyingArrivalDate = new DateOnly(2026, 1, 5), QualifyingMoveFromState = "TX", QualifyingMoveToState = "CA" }],
                Assessments = [assessment with { AssessmentTitle = "ELPAC", AssessmentType = AssessmentType.EnglishLanguageProficiency, AdministrationDate = new YearMonth(2026, 2) }],
            })));

        Assert.Equal([("CA", new DateOnly(2026, 1, 5)), ("TX", new DateOnly(2025, 6, 14))], view.QualifyingMoves.Select(m => (m.State, m.QualifyingMove.QualifyingArrivalDate)));
        Assert.Equal([("CA", "ELPAC"), ("TX", "STAAR Algebra I")], view.Assessments.Select(a => (a.State, a.Assessment.AssessmentTitle)));
        Assert.Equal(TestRecords.AsOf.AddDays(2), view.Assessments[0].AsOf);
    }
}
