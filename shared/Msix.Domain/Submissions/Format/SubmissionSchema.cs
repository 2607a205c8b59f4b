using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Format;

/// <summary>
/// The submission formats' one definition of every field. JSON Lines: one child per line, the student
/// fields at the top level and one array per section. Zip of CSV files: one file per section, joined on
/// StateStudentId; the enrollments' health fields travel in health.csv, joined on the enrollment.
/// </summary>
public static class SubmissionSchema
{
    private const FieldRequirement Always = FieldRequirement.Always;
    private const FieldRequirement Upsert = FieldRequirement.Upsert;
    private const FieldRequirement Optional = FieldRequirement.Optional;

    /// <summary>The column that joins a section's CSV rows to their child in students.csv.</summary>
    public static readonly FieldSpec StateStudentId = new(
        "StateStudentId", FieldKind.Identifier, Always, 15, "TX00012345",
        "MDE State Student Identifier: the State's own ID of the child, letters, digits and hyphens, unique within the State.");

    public static readonly SectionSpec Student = new("Student", "students.csv", null,
    [
        new("Action", FieldKind.Code, Always, 6, "upsert", "What to do with the State's record of this child.", typeof(RecordAction)),
        new("AsOf", FieldKind.Timestamp, Always, 35, "2026-10-01T08:30:00-05:00",
            "When the State's system last changed this record. An older record never replaces a newer one."),
        StateStudentId,
        new("MsixId", FieldKind.MsixId, Optional, 12, "123456789014", "MDE MSIX Identification Number, if the State already knows it."),
        new("StateStudentIdType", FieldKind.Code, Upsert, 2, "01", "MDE State Student Identifier Type.", typeof(StateStudentIdType)),
        new("AlternateStateStudentId1", FieldKind.Identifier, Optional, 15, "MEP-778812", "An alternate State student ID."),
        new("AlternateStateStudentIdType1", FieldKind.Code, Optional, 2, "02", "The type of AlternateStateStudentId1.", typeof(StateStudentIdType)),
        new("AlternateStateStudentId2", FieldKind.Identifier, Optional, 15, "", "A second alternate State student ID."),
        new("AlternateStateStudentIdType2", FieldKind.Code, Optional, 2, "", "The type of AlternateStateStudentId2.", typeof(StateStudentIdType)),
        new("AlternateStateStudentId3", FieldKind.Identifier, Optional, 15, "", "A third alternate State student ID."),
        new("AlternateStateStudentIdType3", FieldKind.Code, Optional, 2, "", "The type of AlternateStateStudentId3.", typeof(StateStudentIdType)),
        new("FirstName", FieldKind.Text, Upsert, 30, "José", "MDE First Name."),
        new("MiddleName", FieldKind.Text, Optional, 30, "Ángel", "MDE Middle Name."),
        new("LastName1", FieldKind.Text, Upsert, 30, "García", "MDE Last Name 1: the first (paternal) surname, or the only one."),
        new("LastName2", FieldKind.Text, Optional, 30, "Núñez", "MDE Last Name 2: the second (maternal) surname."),
        new("Suffix", FieldKind.Text, Optional, 10, "Jr", "MDE Suffix."),
        new("Sex", FieldKind.Code, Upsert, 1, "M", "MDE Sex.", typeof(Sex)),
        new("BirthDate", FieldKind.Date, Upsert, 10, "2014-03-09", "MDE Birth Date."),
        new("BirthDateVerification", FieldKind.Code, Optional, 4, "1004", "MDE Birth Date Verification: the evidence of the birth date.", typeof(BirthDateVerification)),
        new("MultipleBirthFlag", FieldKind.Boolean, Upsert, 5, "N", "MDE Multiple Birth Flag: the child is a twin, triplet ..."),
        new("BirthCity", FieldKind.Text, Optional, 30, "Guadalajara", "MDE Birth City."),
        new("BirthState", FieldKind.Text, Optional, 30, "Jalisco", "MDE Birth State: a USPS code in the United States, else the name of the state or province."),
        new("BirthCountry", FieldKind.Country, Optional, 2, "MX", "MDE Birth Country."),
        new("Parent1FirstName", FieldKind.Text, Optional, 30, "Juan", "MDE Parent 1 First Name."),
        new("Parent1LastName", FieldKind.Text, Optional, 30, "García Pérez", "MDE Parent 1 Last Name."),
        new("Parent2FirstName", FieldKind.Text, Optional, 30, "María", "MDE Parent 2 First Name."),
        new("Parent2LastName", FieldKind.Text, Optional, 30, "Núñez Ruiz", "MDE Parent 2 Last Name."),
    ]);

    public static readonly SectionSpec QualifyingMove = new("Qualifying move", "moves.csv", "qualifyingMoves",
    [
        new("QualifyingArrivalDate", FieldKind.Date, Always, 10, "2025-06-14", "MDE Qualifying Arrival Date: when the child completed the qualifying move."),
        new("QualifyingMoveFromCity", FieldKind.Text, Optional, 30, "Yuma", "MDE Qualifying Move From City."),
        new("QualifyingMoveFromState", FieldKind.Text, Optional, 30, "AZ", "MDE Qualifying Move From State: a USPS code, or a foreign state's name."),
        new("QualifyingMoveFromCountry", FieldKind.Country, Optional, 2, "US", "MDE Qualifying Move From Country."),
        new("QualifyingMoveToCity", FieldKind.Text, Optional, 30, "Weslaco", "MDE Qualifying Move To City."),
        new("QualifyingMoveToState", FieldKind.State, Always, 2, "TX", "MDE Qualifying Move To State."),
        new("EligibilityExpirationDate", FieldKind.Date, Optional, 10, "2028-06-13", "MDE Eligibility Expiration Date: 36 months after the qualifying arrival date, or earlier."),
        new("PriorityForServices", FieldKind.Boolean, Always, 5, "Y", "MDE Priority for Services flag."),
        new("ContinuationOfServicesReason", FieldKind.Code, Optional, 2, "", "MDE Continuation of Services Reason.", typeof(ContinuationOfServicesReason)),
    ]);

    public static readonly SectionSpec Enrollment = new("Enrollment", "enrollments.csv", "enrollments",
    [
        new("SchoolId", FieldKind.NcesSchoolId, Optional, 12, "480004012345", "MDE School ID: the school's 12-digit NCES ID."),
        new("SchoolOrProjectName", FieldKind.Text, Always, 60, "Weslaco East High School", "MDE School or Project Name."),
        new("SchoolDistrictId", FieldKind.NcesDistrictId, Optional, 7, "4845000", "MDE School District ID: the district's 7-digit NCES ID."),
        new("SchoolDistrictName", FieldKind.Text, Optional, 60, "Weslaco ISD", "MDE School District Name."),
        new("EnrollmentDate", FieldKind.Date, Always, 10, "2025-08-25", "MDE Enrollment Date: the first verified day of attendance."),
        new("WithdrawalDate", FieldKind.Date, Optional, 10, "", "MDE Withdrawal Date: the last verified day of attendance."),
        new("EnrollmentType", FieldKind.Code, Always, 2, "01", "MDE Enrollment Type (CEDS MEP Enrollment Type).", typeof(MepEnrollmentType)),
        new("GradeLevel", FieldKind.Code, Always, 2, "09", "MDE Grade Level.", typeof(GradeLevel)),
        new("ResidencyDate", FieldKind.Date, Optional, 10, "2025-08-20", "MDE Residency Date: when the child began to reside in the district."),
        new("EnglishLearnerIndicator", FieldKind.Boolean, Optional, 5, "Y", "MDE English Learner Indicator."),
        new("IdeaIndicator", FieldKind.Boolean, Optional, 5, "N", "MDE IDEA Indicator: the child has an IEP under IDEA."),
        new("DesignatedGraduationSchoolId", FieldKind.NcesSchoolId, Optional, 12, "480004012345", "MDE Designated Graduation School: its 12-digit NCES ID."),
        new("GraduationHseIndicator", FieldKind.Code, Optional, 10, "", "MDE Graduation/HSE Indicator.", typeof(GraduationHseIndicator)),
        new("GraduationHseDate", FieldKind.Date, Optional, 10, "", "MDE Graduation/HSE Date."),
        new("AlgebraIOrEquivalentIndicator", FieldKind.Boolean, Optional, 5, "Y", "MDE Algebra I or Equivalent Indicator."),
        new("OutOfStateTranscriptIndicator", FieldKind.Boolean, Optional, 5, "N", "MDE Out-of-State Transcript Indicator."),
        new("MedicalAlertIndicator", FieldKind.Code, Optional, 7, "None", "MDE Medical Alert Indicator. In a zip of CSV files it travels in health.csv.", typeof(MedicalAlertIndicator), InHealthCsv: true),
        new("ImmunizationRecordFlag", FieldKind.Boolean, Optional, 5, "Y", "MDE Immunization Record Flag: the school holds the child's immunization records. In a zip of CSV files it travels in health.csv.", InHealthCsv: true),
    ]);

    public static readonly SectionSpec Course = new("Course history", "courses.csv", "courses",
    [
        new("CourseTitle", FieldKind.Text, Always, 50, "Algebra I", "MDE Course Title."),
        new("SubjectAreaName", FieldKind.Text, Always, 50, "Mathematics", "MDE Subject Area Name."),
        new("CourseType", FieldKind.Code, Always, 7, "Regular", "MDE Course Type.", typeof(CourseType)),
        new("CourseSection", FieldKind.Code, Always, 8, "FullYear", "MDE Course Section.", typeof(CourseSection)),
        new("TermType", FieldKind.Code, Always, 4, "0828", "MDE Term Type (NCES session type).", typeof(TermType)),
        new("AcademicYear", FieldKind.AcademicYear, Always, 9, "2025-2026", "MDE Begin/End Academic Year, written as one school year."),
        new("SchoolOrProjectName", FieldKind.Text, Optional, 60, "Weslaco East High School", "Where the course was taken."),
        new("ClockHours", FieldKind.Number, Optional, 8, "", "MDE Clock Hours: hours attended of a course in progress."),
        new("GradeToDate", FieldKind.Text, Optional, 10, "", "MDE Grade-to-Date: the grade at withdrawal from a course in progress."),
        new("FinalGrade", FieldKind.Text, Optional, 10, "B+", "MDE Final Grade."),
        new("CreditsAttempted", FieldKind.Number, Optional, 6, "1", "Credits the course carries."),
        new("CreditsGranted", FieldKind.Number, Optional, 6, "1", "MDE Credits Granted."),
        new("InProgress", FieldKind.Boolean, Always, 5, "N", "The course is still in progress."),
    ]);

    public static readonly SectionSpec Assessment = new("Assessment", "assessments.csv", "assessments",
    [
        new("AssessmentTitle", FieldKind.Text, Always, 55, "STAAR Algebra I", "MDE Assessment Title."),
        new("AssessmentContent", FieldKind.Text, Always, 35, "Mathematics", "MDE Assessment Content."),
        new("AssessmentType", FieldKind.Code, Always, 2, "05", "MDE Assessment Type.", typeof(AssessmentType)),
        new("AdministrationDate", FieldKind.Month, Always, 7, "2026-04", "MDE Administration Date (month and year)."),
        new("ReportingMethod", FieldKind.Code, Always, 16, "ScaleScore", "MDE Reporting Method.", typeof(AssessmentReportingMethod)),
        new("ScoreResults", FieldKind.Text, Always, 40, "4012", "MDE Score Results."),
        new("AssessmentInterpretation", FieldKind.Code, Optional, 10, "Proficient", "MDE Assessment Interpretation.", typeof(AssessmentInterpretation)),
    ]);

    /// <summary>
    /// health.csv: the enrollments' health fields, joined to an enrollment by StateStudentId, SchoolId (or
    /// SchoolOrProjectName where there is no SchoolId) and EnrollmentDate.
    /// </summary>
    public static readonly SectionSpec Health = new("Health", "health.csv", null,
    [
        Enrollment.Fields.Single(f => f.Name == "SchoolId"),
        Enrollment.Fields.Single(f => f.Name == "SchoolOrProjectName"),
        Enrollment.Fields.Single(f => f.Name == "EnrollmentDate"),
        .. Enrollment.Fields.Where(f => f.InHealthCsv),
    ]);

    /// <summary>The sections in the order they appear in a record and in the data dictionary.</summary>
    public static IReadOnlyList<SectionSpec> Sections { get; } = [Student, QualifyingMove, Enrollment, Health, Course, Assessment];

    /// <summary>The files a zip of CSV files may hold; students.csv is required.</summary>
    public static IReadOnlyList<SectionSpec> CsvFiles { get; } = [Student, QualifyingMove, Enrollment, Health, Course, Assessment];

    /// <summary>The columns of a section's CSV file: the join key first (except for students.csv), then the section's fields.</summary>
    public static IReadOnlyList<FieldSpec> CsvColumns(SectionSpec section) =>
        section == Student ? section.Fields
        : section == Health ? [StateStudentId, .. section.Fields]
        : section == Enrollment ? [StateStudentId, .. section.Fields.Where(f => !f.InHealthCsv)]
        : [StateStudentId, .. section.Fields];
}
