using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Msix.Domain.Tests.Reading;

/// <summary>
/// Small valid submissions written by hand, and ways to spoil exactly one thing in them. The JSON child and
/// the CSV files describe the same child, so both formats can be compared.
/// </summary>
internal static class Samples
{
    public const string ChildJson = """
        {"action":"upsert","asOf":"2026-10-01T08:30:00-05:00","stateStudentId":"TX001","stateStudentIdType":"01",
         "firstName":"José","middleName":"Ángel","lastName1":"García","lastName2":"Núñez","sex":"M","birthDate":"2014-03-09",
         "multipleBirthFlag":"N","birthCountry":"MX",
         "qualifyingMoves":[{"qualifyingArrivalDate":"2025-06-14","qualifyingMoveFromState":"AZ","qualifyingMoveToState":"TX","priorityForServices":"Y"}],
         "enrollments":[{"schoolId":"480004012345","schoolOrProjectName":"Weslaco East High School","enrollmentDate":"2025-08-25",
                         "enrollmentType":"01","gradeLevel":"06","medicalAlertIndicator":"None","immunizationRecordFlag":"Y"}],
         "courses":[{"courseTitle":"Algebra I","subjectAreaName":"Mathematics","courseType":"Regular","courseSection":"FullYear",
                     "termType":"0828","academicYear":"2025-2026","creditsGranted":"1","inProgress":"N"}],
         "assessments":[{"assessmentTitle":"STAAR Algebra I","assessmentContent":"Mathematics","assessmentType":"05",
                         "administrationDate":"2026-04","reportingMethod":"ScaleScore","scoreResults":"4012"}]}
        """;

    public const string StudentsCsv =
        "Action,AsOf,StateStudentId,StateStudentIdType,FirstName,MiddleName,LastName1,LastName2,Sex,BirthDate,MultipleBirthFlag,BirthCountry\r\n" +
        "upsert,2026-10-01T08:30:00-05:00,TX001,01,José,Ángel,García,Núñez,M,2014-03-09,N,MX\r\n";

    public const string MovesCsv =
        "StateStudentId,QualifyingArrivalDate,QualifyingMoveFromState,QualifyingMoveToState,PriorityForServices\r\n" +
        "TX001,2025-06-14,AZ,TX,Y\r\n";

    public const string EnrollmentsCsv =
        "StateStudentId,SchoolId,SchoolOrProjectName,EnrollmentDate,EnrollmentType,GradeLevel\r\n" +
        "TX001,480004012345,Weslaco East High School,2025-08-25,01,06\r\n";

    public const string HealthCsv =
        "StateStudentId,SchoolId,SchoolOrProjectName,EnrollmentDate,MedicalAlertIndicator,ImmunizationRecordFlag\r\n" +
        "TX001,480004012345,Weslaco East High School,2025-08-25,None,Y\r\n";

    public const string CoursesCsv =
        "StateStudentId,CourseTitle,SubjectAreaName,CourseType,CourseSection,TermType,AcademicYear,CreditsGranted,InProgress\r\n" +
        "TX001,Algebra I,Mathematics,Regular,FullYear,0828,2025-2026,1,N\r\n";

    public const string AssessmentsCsv =
        "StateStudentId,AssessmentTitle,AssessmentContent,AssessmentType,AdministrationDate,ReportingMethod,ScoreResults\r\n" +
        "TX001,STAAR Algebra I,Mathematics,05,2026-04,ScaleScore,4012\r\n";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The sample child as one JSON line, changed by <paramref name="change"/>.</summary>
    public static string Child(Action<JsonObject>? change = null, string id = "TX001")
    {
        var child = JsonNode.Parse(ChildJson)!.AsObject();
        child["stateStudentId"] = id;
        change?.Invoke(child);
        return child.ToJsonString(Compact);
    }

    /// <summary>The first object of one of the child's arrays.</summary>
    public static JsonObject First(this JsonObject child, string array) => child[array]![0]!.AsObject();

    /// <summary>The sample child as the files of a zip.</summary>
    public static (string Name, string Content)[] ChildCsv(
        string? students = null, string? moves = null, string? enrollments = null, string? health = null, string? courses = null, string? assessments = null) =>
    [
        ("students.csv", students ?? StudentsCsv),
        ("moves.csv", moves ?? MovesCsv),
        ("enrollments.csv", enrollments ?? EnrollmentsCsv),
        ("health.csv", health ?? HealthCsv),
        ("courses.csv", courses ?? CoursesCsv),
        ("assessments.csv", assessments ?? AssessmentsCsv),
    ];
}
