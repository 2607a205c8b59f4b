using System.Text;
using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

public sealed class CsvReadingTests
{
    private const string StudentHeader = "Action,AsOf,StateStudentId,StateStudentIdType,FirstName,LastName1,Sex,BirthDate,MultipleBirthFlag";

    private static (string, string) Moves(params string[] ids) =>
        ("moves.csv", "StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices\n" + string.Concat(ids.Select(id => $"{id},2025-06-14,TX,Y\n")));

    [Fact]
    public async Task Quoted_fields_hold_commas_quotes_and_line_breaks_and_rows_are_numbered_by_their_first_line()
    {
        var students = StudentHeader + ",BirthCity\r\n" +
            "upsert,2026-10-01,TX001,01,\"Ana, María\",\"O\"\"Brien\",F,2014-03-09,N,\"San\r\nJuan\"\r\n" +
            "upsert,2026-10-01,TX002,01,Luis,Pérez,M,2014-03-09,N,Q\"uote\r\n" +
            "upsert,2026-10-01,TX003,01,Eva,Ruiz,X,2014-02-30,N,\r\n";

        var result = await TestReader.ZipAsync(("students.csv", students), Moves("TX001", "TX002", "TX003"));

        var ana = result.Accepted.Single(r => r.StateStudentId == "TX001").Demographics!;
        Assert.Equal("Ana, María", ana.FirstName);
        Assert.Equal("O\"Brien", ana.LastName1);
        Assert.Equal("San\r\nJuan", ana.BirthCity);
        Assert.Equal("Q\"uote", result.Accepted.Single(r => r.StateStudentId == "TX002").Demographics!.BirthCity);
        var error = result.SingleError(ErrorCodes.InvalidDate);
        Assert.Equal(5, error.Row);
        Assert.Equal("BirthDate", error.Field);
        Assert.Equal("students.csv", error.File);
    }

    [Fact]
    public async Task An_unterminated_quote_is_a_malformed_row()
    {
        var students = StudentHeader + "\nupsert,2026-10-01,TX001,01,Ana,Ruiz,F,2014-03-09,N\nupsert,2026-10-01,TX002,01,\"Luis,Pérez,M,2014-03-09,N\n";

        var result = await TestReader.ZipAsync(("students.csv", students), Moves("TX001", "TX002"));

        var error = result.SingleError(ErrorCodes.MalformedRow);
        Assert.Equal(3, error.Row);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
        Assert.Equal("TX001", Assert.Single(result.Accepted).StateStudentId);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_fields_is_malformed_and_rejects_its_child()
    {
        var moves = "StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices,QualifyingMoveToCity\n" +
            "TX001,2025-06-14,TX,Y,Weslaco, Donna\n";

        var result = await TestReader.ZipAsync(Samples.ChildCsv(moves: moves));

        var error = result.Rejected(ErrorCodes.MalformedRow);
        Assert.Equal("moves.csv", error.File);
        Assert.Equal(2, error.Row);
        Assert.Contains("6 fields but the header has 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_malformed()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(enrollments:
            "StateStudentId,SchoolOrProjectName,EnrollmentDate,EnrollmentType,GradeLevel\nTX001,\"Weslaco\" East,2025-08-25,01,06\n"));

        var error = result.Rejected(ErrorCodes.MalformedRow);
        Assert.Equal("SchoolOrProjectName", error.Field);
    }

    [Fact]
    public async Task Invalid_utf8_names_its_column_and_rejects_the_child()
    {
        var students = Encoding.UTF8.GetBytes(Samples.StudentsCsv.Replace("García", "Garc#a", StringComparison.Ordinal));
        students[Array.IndexOf(students, (byte)'#')] = 0xED; // Latin-1 í
        var files = Samples.ChildCsv().Select(f => (f.Name, f.Name == "students.csv" ? students : Encoding.UTF8.GetBytes(f.Content))).ToArray();

        var result = await TestReader.BytesAsync(TestReader.ZipBytes(files), TestReader.ZipFileName);

        var error = result.Rejected(ErrorCodes.InvalidUtf8);
        Assert.Equal("LastName1", error.Field);
        Assert.Equal(2, error.Row);
        Assert.Equal(6, result.Progress.RowsRejected);
    }

    [Fact]
    public async Task A_row_longer_than_the_limit_is_skipped_without_being_held_and_rejects_its_child()
    {
        var huge = new string('x', 40_000);
        var moves = "StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices,QualifyingMoveToCity\n" +
            $"TX001,2025-06-14,TX,Y,\"{huge},\n{huge}\"\nTX002,2025-06-14,TX,Y,Donna\n";
        var students = Samples.StudentsCsv + "upsert,2026-10-01T08:30:00-05:00,TX002,01,Eva,,Ruiz,,F,2014-03-09,N,\r\n";

        var result = await TestReader.BytesAsync(TestReader.Zip(("students.csv", students), ("moves.csv", moves)), TestReader.ZipFileName,
            limits => limits.MaxRowBytes = 16 * 1024);

        var error = result.SingleError(ErrorCodes.RowTooLong);
        Assert.Equal(2, error.Row);
        Assert.Equal("TX002", Assert.Single(result.Accepted).StateStudentId);
        Assert.Equal("TX001", Assert.Single(result.Children, c => c.Record is null).StateStudentId);
    }

    [Fact]
    public async Task A_section_row_without_a_state_student_id_is_rejected_alone()
    {
        var result = await TestReader.ZipAsync(("students.csv", Samples.StudentsCsv), Moves("TX001", " "));

        var error = result.SingleError(ErrorCodes.RequiredFieldMissing);
        Assert.Equal(("moves.csv", 3L, "StateStudentId"), (error.File, error.Row, error.Field));
        Assert.Single(result.Accepted);
    }

    [Fact]
    public async Task Values_are_trimmed_and_empty_values_are_absent()
    {
        var students = StudentHeader + ",MiddleName\n upsert , 2026-10-01 , TX001 ,01,  Ana  ,Ruiz,F,2014-03-09,N,   \n";

        var result = await TestReader.ZipAsync(("students.csv", students), Moves("TX001"));

        var record = result.Single();
        Assert.Equal("TX001", record.StateStudentId);
        Assert.Equal("Ana", record.Demographics!.FirstName);
        Assert.Null(record.Demographics.MiddleName);
    }
}
