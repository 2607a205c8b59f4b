using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

public sealed class CsvHeaderTests
{
    [Fact]
    public async Task A_missing_required_column_rejects_the_file_and_names_the_column()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(moves: "StateStudentId,QualifyingArrivalDate,PriorityForServices\nTX001,2025-06-14,Y\n"));

        var error = result.FileError(ErrorCodes.CsvHeader);
        Assert.Equal(("moves.csv", "QualifyingMoveToState"), (error.File, error.Field));
    }

    [Fact]
    public async Task An_unknown_column_rejects_the_file()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(students: Samples.StudentsCsv.Replace("MiddleName", "MidleName", StringComparison.Ordinal)));

        var error = result.FileError(ErrorCodes.CsvHeader);
        Assert.Equal(("students.csv", "MidleName"), (error.File, error.Field));
    }

    [Fact]
    public async Task A_repeated_column_rejects_the_file()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(students: Samples.StudentsCsv.Replace("MiddleName", "firstname", StringComparison.Ordinal)));

        var error = result.FileError(ErrorCodes.CsvHeader);
        Assert.Equal("FirstName", error.Field);
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_columns_in_enrollments_csv_are_pointed_to_health_csv()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(enrollments:
            "StateStudentId,SchoolOrProjectName,EnrollmentDate,EnrollmentType,GradeLevel,MedicalAlertIndicator\nTX001,Weslaco,2025-08-25,01,06,None\n"));

        Assert.Contains("health.csv", result.FileError(ErrorCodes.CsvHeader).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_header_error_of_every_file_is_reported_at_once()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(
            students: Samples.StudentsCsv.Replace("Sex,", "Gender,", StringComparison.Ordinal),
            courses: "StateStudentId,CourseTitle\nTX001,Algebra I\n"));

        Assert.True(result.HasFileError);
        Assert.Empty(result.Children);
        Assert.Contains(result.Errors, e => e.File == "students.csv" && e.Field == "Gender");
        Assert.Contains(result.Errors, e => e.File == "students.csv" && e.Field == "Sex");
        Assert.Contains(result.Errors, e => e.File == "courses.csv" && e.Field == "SubjectAreaName");
    }

    [Fact]
    public async Task An_empty_csv_file_has_no_header()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(health: ""));

        Assert.Equal("health.csv", result.FileError(ErrorCodes.CsvHeader).File);
    }

    [Fact]
    public async Task A_header_without_rows_is_fine()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(assessments: "StateStudentId,AssessmentTitle,AssessmentContent,AssessmentType,AdministrationDate,ReportingMethod,ScoreResults\r\n"));

        Assert.Empty(result.Single().Assessments);
    }
}
