using Msix.Domain.Mde;

namespace Msix.Domain.Tests.Support;

/// <summary>Small valid child records for tests that are not about parsing.</summary>
internal static class TestRecords
{
    public static readonly DateTimeOffset AsOf = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public static ChildRecord Child(string stateStudentId = "TX001", string firstName = "José", DateTimeOffset? asOf = null, string schoolName = "Weslaco East High School") =>
        new(
            RecordAction.Upsert,
            asOf ?? AsOf,
            stateStudentId,
            null,
            new Demographics(
                StateStudentIdType.StateAssigned, [], firstName, null, "García", "Núñez", null, Sex.Male,
                new DateOnly(2011, 3, 9), BirthDateVerification.BirthCertificate, false, "Guadalajara", "Jalisco", "MX",
                "Juan", "García Pérez", "María", "Núñez Ruiz"),
            [new QualifyingMove(new DateOnly(2025, 6, 14), "Yuma", "AZ", "US", "Weslaco", "TX", new DateOnly(2028, 6, 13), true, null)],
            [new Enrollment("480004012345", schoolName, "4845000", "Weslaco ISD", new DateOnly(2025, 8, 25), null,
                MepEnrollmentType.BasicSchoolProgram, GradeLevel.Grade09, null, true, false, null, null, null, null, null,
                MedicalAlertIndicator.None, true)],
            [new CourseHistory("Algebra I", "Mathematics", CourseType.Regular, CourseSection.FullYear, TermType.Semester, "2025-2026",
                schoolName, null, null, "B+", 1m, 1m, false)],
            []);

    public static ChildRecord Delete(string stateStudentId = "TX001", DateTimeOffset? asOf = null) =>
        new(RecordAction.Delete, asOf ?? AsOf, stateStudentId, null, null, [], [], [], []);
}
