using Msix.Domain.Mde;

namespace Msix.Domain.Tests.Writing;

/// <summary>Child records for the writer tests: one with every field filled, one with only the required ones, a delete.</summary>
internal static class WriterSamples
{
    public static readonly DateTimeOffset AsOf = new(2026, 9, 30, 8, 30, 0, TimeSpan.FromHours(-5));

    /// <summary>Every field of every section has a value; names carry accents, ñ, a comma and a quote.</summary>
    public static ChildRecord Full(string stateStudentId = "TX000123456") => new(
        RecordAction.Upsert,
        AsOf,
        stateStudentId,
        "123456789014",
        new Demographics(
            StateStudentIdType.StateAssigned,
            [new AlternateStateStudentId(StateStudentIdType.StateMepAssigned, "MEP-778812"), new AlternateStateStudentId(StateStudentIdType.Other, "X-1"),
                new AlternateStateStudentId(StateStudentIdType.StateAssigned, "OLD9")],
            "José Ángel", "Ñico", "Núñez", "Peña, \"la\" Güera", "Jr", Sex.Male, new DateOnly(2011, 3, 9),
            BirthDateVerification.BirthCertificate, true, "San Pedro Soloma", "Huehuetenango", "GT",
            "Juan", "Núñez Pérez", "María", "Peña Ruiz"),
        [
            new QualifyingMove(new DateOnly(2025, 6, 14), "Yuma", "AZ", "US", "Weslaco", "TX", new DateOnly(2028, 6, 13), true,
                ContinuationOfServicesReason.SecondaryCreditAccrual),
        ],
        [
            new Enrollment("480004012345", "Weslaco East High School", "4845000", "Weslaco ISD", new DateOnly(2025, 8, 25),
                new DateOnly(2026, 5, 22), MepEnrollmentType.BasicSchoolProgram, GradeLevel.Grade09, new DateOnly(2025, 8, 20),
                true, false, "480004012345", GraduationHseIndicator.Graduation, new DateOnly(2026, 5, 22), true, false,
                MedicalAlertIndicator.Chronic, true),
        ],
        [
            new CourseHistory("Algebra I", "Mathematics", CourseType.Regular, CourseSection.SectionA, TermType.Semester, "2025-2026",
                "Weslaco East High School", 42.5m, "B", "B+", 0.5m, 0.5m, false),
        ],
        [
            new Assessment("STAAR Algebra I", "Mathematics", AssessmentType.EndOfCourse, new YearMonth(2026, 4),
                AssessmentReportingMethod.ScaleScore, "4012", AssessmentInterpretation.Proficient),
        ]);

    /// <summary>Only the required fields; one enrollment without health fields.</summary>
    public static ChildRecord Minimal(string stateStudentId = "TX000000001") => new(
        RecordAction.Upsert,
        AsOf,
        stateStudentId,
        null,
        new Demographics(StateStudentIdType.StateAssigned, [], "Ana", null, "García", null, null, Sex.Female, new DateOnly(2018, 1, 2),
            null, false, null, null, null, null, null, null, null),
        [new QualifyingMove(new DateOnly(2025, 6, 14), null, null, null, null, "TX", null, false, null)],
        [
            new Enrollment(null, "Weslaco Migrant Education Program", null, null, new DateOnly(2025, 8, 25), null,
                MepEnrollmentType.ResidencyOnly, GradeLevel.Grade02, null, null, null, null, null, null, null, null, null, null),
        ],
        [],
        []);

    public static ChildRecord Delete(string stateStudentId = "TX000000002") =>
        new(RecordAction.Delete, AsOf, stateStudentId, null, null, [], [], [], []);
}
