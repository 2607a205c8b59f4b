using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Reports;

/// <summary>Consolidated records built by hand for the report tests: a birth date, enrolments and qualifying arrival dates.</summary>
internal static class ReportRecords
{
    public static Enrollment Enrolled(
        DateOnly from,
        DateOnly? to = null,
        GradeLevel grade = GradeLevel.Grade09,
        MepEnrollmentType type = MepEnrollmentType.BasicSchoolProgram) =>
        TestRecords.Child().Enrollments[0] with
        {
            SchoolOrProjectName = type == MepEnrollmentType.SummerIntersessionMepProject ? "Summer Migrant Academy" : "Weslaco East High School",
            EnrollmentDate = from,
            WithdrawalDate = to,
            GradeLevel = grade,
            EnrollmentType = type,
        };

    public static ContributionDocument Contribution(
        string state,
        string stateStudentId,
        DateOnly birthDate,
        IReadOnlyList<Enrollment> enrollments,
        IReadOnlyList<DateOnly> arrivals,
        bool withdrawn = false)
    {
        var child = TestRecords.Child(stateStudentId);
        var record = child with
        {
            Demographics = child.Demographics! with { BirthDate = birthDate },
            Enrollments = enrollments,
            QualifyingMoves = [.. arrivals.Select(a => child.QualifyingMoves[0] with { QualifyingArrivalDate = a, QualifyingMoveToState = state })],
        };
        return new ContributionDocument(
            ContributionDocument.IdOf(state, stateStudentId), state, stateStudentId, TestRecords.AsOf, "s1", TestRecords.AsOf, "hash", withdrawn, record);
    }

    public static ConsolidatedRecord Record(string msixId, params ContributionDocument[] contributions) =>
        new(msixId, msixId, contributions, TestRecords.AsOf, TestRecords.AsOf);

    /// <summary>A child in one State with one open enrolment and one qualifying arrival date.</summary>
    public static ConsolidatedRecord Simple(string msixId, string state, DateOnly birthDate, DateOnly enrolled, DateOnly arrival, GradeLevel grade = GradeLevel.Grade09) =>
        Record(msixId, Contribution(state, msixId.Replace("-", "", StringComparison.Ordinal), birthDate, [Enrolled(enrolled, grade: grade)], [arrival]));
}
