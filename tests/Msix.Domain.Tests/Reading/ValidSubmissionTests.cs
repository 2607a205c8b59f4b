using System.Text;
using System.Text.Json;
using Msix.Domain.Mde;

namespace Msix.Domain.Tests.Reading;

public sealed class ValidSubmissionTests
{
    private static readonly ChildRecord Expected = new(
        RecordAction.Upsert,
        new DateTimeOffset(2026, 10, 1, 8, 30, 0, TimeSpan.FromHours(-5)),
        "TX001",
        null,
        new Demographics(StateStudentIdType.StateAssigned, [], "José", "Ángel", "García", "Núñez", null, Sex.Male, new DateOnly(2014, 3, 9),
            null, false, null, null, "MX", null, null, null, null),
        [new QualifyingMove(new DateOnly(2025, 6, 14), null, "AZ", null, null, "TX", null, true, null)],
        [new Enrollment("480004012345", "Weslaco East High School", null, null, new DateOnly(2025, 8, 25), null, MepEnrollmentType.BasicSchoolProgram,
            GradeLevel.Grade06, null, null, null, null, null, null, null, null, MedicalAlertIndicator.None, true)],
        [new CourseHistory("Algebra I", "Mathematics", CourseType.Regular, CourseSection.FullYear, TermType.Semester, "2025-2026", null, null, null, null,
            null, 1m, false)],
        [new Assessment("STAAR Algebra I", "Mathematics", AssessmentType.EndOfCourse, new YearMonth(2026, 4), AssessmentReportingMethod.ScaleScore, "4012", null)]);

    [Fact]
    public async Task A_json_line_reads_to_the_expected_record()
    {
        var result = await TestReader.JsonAsync(Samples.Child());

        AssertSame(Expected, result.Single());
        Assert.Equal("jsonl", result.Progress.Format);
        Assert.Equal(1, result.Progress.RowsReceived);
        Assert.Equal(0, result.Progress.RowsRejected);
        Assert.Equal(1, result.Children[0].Row);
    }

    [Fact]
    public async Task A_zip_of_csv_files_reads_to_the_same_record()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv());

        AssertSame(Expected, result.Single());
        Assert.Equal("csv-zip", result.Progress.Format);
        Assert.Equal(6, result.Progress.RowsReceived);
        Assert.Equal(2, result.Children[0].Row);
    }

    [Fact]
    public async Task Byte_order_marks_crlf_and_any_case_of_codes_and_names_are_read()
    {
        var line = Samples.Child(c =>
        {
            c["sex"] = "m";
            c.First("enrollments")["gradeLevel"] = "06";
            c.First("courses")["courseType"] = "regular";
            c.First("enrollments")["medicalAlertIndicator"] = "NONE";
        });
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(line + "\r\n\r\n")).ToArray();

        var json = await TestReader.BytesAsync(bytes, TestReader.JsonFileName);

        AssertSame(Expected, json.Single());

        var students = "\uFEFF" + Samples.StudentsCsv.ToLowerInvariant().Replace("josé", "José", StringComparison.Ordinal)
            .Replace("ángel", "Ángel", StringComparison.Ordinal).Replace("garcía", "García", StringComparison.Ordinal)
            .Replace("núñez", "Núñez", StringComparison.Ordinal).Replace("tx001", "TX001", StringComparison.Ordinal);
        var zip = await TestReader.ZipAsync(Samples.ChildCsv(students: students));

        AssertSame(Expected, zip.Single());
    }

    [Fact]
    public async Task Csv_columns_may_come_in_any_order_and_optional_files_may_be_left_out()
    {
        var result = await TestReader.ZipAsync(
            ("moves.csv", "PriorityForServices,QualifyingMoveToState,QualifyingArrivalDate,StateStudentId\nY,TX,20250614,TX001\n"),
            ("students.csv", Samples.StudentsCsv));

        var record = result.Single();
        Assert.Equal(new DateOnly(2025, 6, 14), Assert.Single(record.QualifyingMoves).QualifyingArrivalDate);
        Assert.Empty(record.Enrollments);
    }

    [Fact]
    public async Task A_delete_needs_only_action_asof_and_the_id()
    {
        var json = await TestReader.JsonAsync("""{"action":"delete","asOf":"2026-10-01","stateStudentId":"TX009"}""");
        var zip = await TestReader.ZipAsync(("students.csv", "Action,AsOf,StateStudentId,StateStudentIdType,FirstName,LastName1,Sex,BirthDate,MultipleBirthFlag\r\ndelete,2026-10-01,TX009,,,,,,\r\n"));

        foreach (var record in new[] { json.Single(), zip.Single() })
        {
            Assert.Equal(RecordAction.Delete, record.Action);
            Assert.Equal("TX009", record.StateStudentId);
            Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), record.AsOf);
            Assert.Null(record.Demographics);
        }
    }

    /// <summary>Records hold lists, which records compare by reference: compare their JSON instead.</summary>
    internal static void AssertSame(ChildRecord expected, ChildRecord actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, MsixJson.Indented), JsonSerializer.Serialize(actual, MsixJson.Indented));
}
