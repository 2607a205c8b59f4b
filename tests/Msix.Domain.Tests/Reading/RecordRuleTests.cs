using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

/// <summary>The rules that span fields and rows. The test clock says 2026-10-15T12:00Z.</summary>
public sealed class RecordRuleTests
{
    [Fact]
    public async Task A_birth_date_in_the_future_is_rejected()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["birthDate"] = "2026-10-17"));

        Assert.Equal("birthDate", result.Errors.Single(e => e.Code == ErrorCodes.DateInFuture).Field);
    }

    [Fact]
    public async Task Today_anywhere_on_earth_is_not_the_future()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("qualifyingMoves")["qualifyingArrivalDate"] = "2026-10-16"));

        result.Single();
    }

    [Fact]
    public async Task An_asof_more_than_a_day_ahead_is_rejected_but_a_few_hours_are_fine()
    {
        var ahead = await TestReader.JsonAsync(Samples.Child(c => c["asOf"] = "2026-10-16T13:00:00Z"));
        Assert.Equal("asOf", ahead.Rejected(ErrorCodes.DateInFuture).Field);

        var hours = await TestReader.JsonAsync(Samples.Child(c => c["asOf"] = "2026-10-15T20:00:00-05:00"));
        hours.Single();
    }

    [Fact]
    public async Task A_qualifying_arrival_in_the_future_is_rejected()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("qualifyingMoves")["qualifyingArrivalDate"] = "2027-01-01"));

        Assert.Equal("qualifyingMoves[0].qualifyingArrivalDate", result.Rejected(ErrorCodes.DateInFuture).Field);
    }

    [Theory]
    [InlineData("qualifyingMoves", "qualifyingArrivalDate", "2013-05-01")]
    [InlineData("qualifyingMoves", "eligibilityExpirationDate", "2014-03-08")]
    [InlineData("enrollments", "residencyDate", "2010-01-01")]
    [InlineData("enrollments", "graduationHseDate", "2001-06-01")]
    [InlineData("assessments", "administrationDate", "2014-02")]
    public async Task A_date_before_the_birth_date_is_rejected(string array, string field, string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First(array)[field] = value));

        var error = result.Rejected(ErrorCodes.DateBeforeBirth);
        Assert.Equal($"{array}[0].{field}", error.Field);
        Assert.Contains("2014-03-09", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrollment_before_birth_is_rejected_in_csv_too()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(
            enrollments: Samples.EnrollmentsCsv.Replace("2025-08-25", "2013-08-25", StringComparison.Ordinal),
            health: Samples.HealthCsv.Replace("2025-08-25", "2013-08-25", StringComparison.Ordinal)));

        var error = result.Rejected(ErrorCodes.DateBeforeBirth);
        Assert.Equal(("enrollments.csv", 2L, "EnrollmentDate"), (error.File, error.Row, error.Field));
    }

    [Fact]
    public async Task A_withdrawal_before_the_enrollment_is_rejected_with_both_dates()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("enrollments")["withdrawalDate"] = "2025-08-01"));

        var error = result.Rejected(ErrorCodes.WithdrawalBeforeEnrollment);
        Assert.Equal("enrollments[0].withdrawalDate", error.Field);
        Assert.Equal("enrollments[0].withdrawalDate 2025-08-01 is before enrollments[0].enrollmentDate 2025-08-25.", error.Message);
        Assert.Equal("2025-08-01", error.Value);
    }

    [Fact]
    public async Task A_child_who_turned_22_by_the_asof_date_is_too_old()
    {
        var old = await TestReader.JsonAsync(Samples.Child(c => c["birthDate"] = "2004-10-01"));
        Assert.Equal("birthDate", old.Rejected(ErrorCodes.ChildTooOld).Field);

        var young = await TestReader.JsonAsync(Samples.Child(c => c["birthDate"] = "2004-10-02"));
        young.Single();
    }

    [Fact]
    public async Task An_upsert_without_a_qualifying_move_is_rejected()
    {
        var json = await TestReader.JsonAsync(Samples.Child(c => c.Remove("qualifyingMoves")));
        Assert.Equal("qualifyingMoves", json.Rejected(ErrorCodes.NoQualifyingMove).Field);

        var csv = await TestReader.ZipAsync([.. Samples.ChildCsv().Where(f => f.Name != "moves.csv")]);
        var error = csv.Rejected(ErrorCodes.NoQualifyingMove);
        Assert.Equal(("students.csv", 2L), (error.File, error.Row));
    }

    [Fact]
    public async Task A_delete_with_section_rows_is_rejected()
    {
        var json = await TestReader.JsonAsync(Samples.Child(c => c["action"] = "delete"));
        Assert.Equal(["assessments", "courses", "enrollments", "qualifyingMoves"], json.Errors.Select(e => e.Field).Order());
        Assert.All(json.Errors, e => Assert.Equal(ErrorCodes.SectionsOnDelete, e.Code));
        Assert.Null(Assert.Single(json.Children).Record);

        var csv = await TestReader.ZipAsync(Samples.ChildCsv(students: Samples.StudentsCsv.Replace("upsert", "delete", StringComparison.Ordinal)));
        Assert.Equal(["assessments.csv", "courses.csv", "enrollments.csv", "health.csv", "moves.csv"], csv.Errors.Select(e => e.File).Order());
        Assert.All(csv.Errors, e => Assert.Equal(ErrorCodes.SectionsOnDelete, e.Code));
    }

    [Fact]
    public async Task Section_rows_of_a_child_not_in_students_csv_are_unknown()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(courses: Samples.CoursesCsv + "TX404,Biology,Science,Regular,FullYear,0828,2025-2026,1,N\r\n"));

        var error = result.SingleError(ErrorCodes.UnknownChild);
        Assert.Equal(("courses.csv", 3L, "StateStudentId", "TX404"), (error.File, error.Row, error.Field, error.Value));
        Assert.Single(result.Accepted);
        Assert.Equal(7, result.Progress.RowsReceived);
        Assert.Equal(1, result.Progress.RowsRejected);
    }

    [Fact]
    public async Task A_health_row_that_matches_no_enrollment_is_unknown()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(health: Samples.HealthCsv + "TX001,,Donna High School,2025-08-25,Acute,N\r\n"));

        var error = result.Rejected(ErrorCodes.UnknownEnrollment);
        Assert.Equal(("health.csv", 3L), (error.File, error.Row));
    }

    [Fact]
    public async Task A_child_twice_in_students_csv_is_a_duplicate_at_every_occurrence()
    {
        var students = Samples.StudentsCsv + Samples.StudentsCsv.Split("\r\n")[1] + "\r\n";

        var result = await TestReader.ZipAsync(Samples.ChildCsv(students: students));

        Assert.Equal([2L, 3L], result.Errors.Select(e => e.Row).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.DuplicateChild, e.Code));
        var child = Assert.Single(result.Children);
        Assert.Null(child.Record);
        Assert.Equal(2, child.Row);
        Assert.Equal(7, result.Progress.RowsRejected);
    }

    [Fact]
    public async Task A_child_on_two_json_lines_is_a_duplicate_at_both()
    {
        var result = await TestReader.JsonAsync(Samples.Child(), Samples.Child(id: "TX002"), Samples.Child(c => c["firstName"] = "Juan"));

        Assert.Equal([1L, 3L], result.Errors.Select(e => e.Row).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.DuplicateChild, e.Code));
        Assert.Equal("TX002", Assert.Single(result.Accepted).StateStudentId);
    }

    [Fact]
    public async Task Identical_section_rows_are_duplicates()
    {
        var json = await TestReader.JsonAsync(Samples.Child(c => c["enrollments"]!.AsArray().Add(c.First("enrollments").DeepClone())));
        var jsonError = json.Rejected(ErrorCodes.DuplicateRow);
        Assert.Equal("enrollments[1].enrollmentDate", jsonError.Field);
        Assert.Contains("enrollments[0]", jsonError.Message, StringComparison.Ordinal);

        var csv = await TestReader.ZipAsync(Samples.ChildCsv(courses: Samples.CoursesCsv + "TX001,ALGEBRA I ,Math,Honors,FullYear,0828,2025-2026,1,Y\r\n"));
        var csvError = csv.Rejected(ErrorCodes.DuplicateRow);
        Assert.Equal(("courses.csv", 3L), (csvError.File, csvError.Row));
        Assert.Contains("row 2", csvError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_qualifying_move_twice_is_a_duplicate()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(moves: Samples.MovesCsv + "TX001,20250614,Yuma,tx,N\r\n"));

        var error = result.Rejected(ErrorCodes.DuplicateRow);
        Assert.Equal(("moves.csv", 3L, "QualifyingArrivalDate"), (error.File, error.Row, error.Field));
    }

    [Fact]
    public async Task Two_health_rows_for_one_enrollment_are_duplicates()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(health: Samples.HealthCsv + "TX001,480004012345,Other name,2025-08-25,Chronic,N\r\n"));

        Assert.Equal(3, result.Rejected(ErrorCodes.DuplicateRow).Row);
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_child_and_no_other()
    {
        var students = Samples.StudentsCsv + "upsert,2026-10-01T08:30:00-05:00,TX002,01,Eva,,Ruiz,,F,2015-01-01,N,\r\n";
        var moves = Samples.MovesCsv + "TX002,2025-06-14,AZ,TX,Y\r\n";
        var courses = Samples.CoursesCsv + "TX001,Biology,Science,Regular,FullYear,0828,2025-2026,-1,N\r\n";

        var result = await TestReader.ZipAsync(Samples.ChildCsv(students: students, moves: moves, courses: courses));

        Assert.Equal(ErrorCodes.InvalidNumber, Assert.Single(result.Errors).Code);
        Assert.Null(result.Children.Single(c => c.StateStudentId == "TX001").Record);
        Assert.Equal("TX002", Assert.Single(result.Accepted).StateStudentId);
        Assert.Equal(7, result.Progress.RowsRejected);
    }
}
