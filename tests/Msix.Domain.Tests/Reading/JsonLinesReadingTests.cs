using System.Text;
using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

public sealed class JsonLinesReadingTests
{
    [Fact]
    public async Task A_line_of_invalid_utf8_is_rejected_and_reading_goes_on()
    {
        var bad = Encoding.UTF8.GetBytes(Samples.Child(id: "TX002").Replace("José", "Jos#", StringComparison.Ordinal));
        bad[Array.IndexOf(bad, (byte)'#')] = 0xE9; // Latin-1 é: not UTF-8
        var content = Encoding.UTF8.GetBytes(Samples.Child() + "\n").Concat(bad).Concat(Encoding.UTF8.GetBytes("\n" + Samples.Child(id: "TX003") + "\n")).ToArray();

        var result = await TestReader.BytesAsync(content, TestReader.JsonFileName);

        var error = result.SingleError(ErrorCodes.InvalidUtf8);
        Assert.Equal(2, error.Row);
        Assert.Equal(["TX001", "TX003"], result.Accepted.Select(r => r.StateStudentId).Order());
        var rejected = Assert.Single(result.Children, c => c.Record is null);
        Assert.Equal("TX002", rejected.StateStudentId);
        Assert.Equal(3, result.Progress.RowsReceived);
        Assert.Equal(1, result.Progress.RowsRejected);
    }

    [Fact]
    public async Task A_last_line_without_a_line_break_is_read()
    {
        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(Samples.Child() + "\n" + Samples.Child(id: "TX002")), TestReader.JsonFileName);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Accepted.Count);
    }

    [Fact]
    public async Task A_truncated_last_line_is_a_malformed_row()
    {
        var cut = Samples.Child(id: "TX002");
        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(Samples.Child() + "\n" + cut[..(cut.Length / 2)]), TestReader.JsonFileName);

        var error = result.SingleError(ErrorCodes.MalformedRow);
        Assert.Equal(2, error.Row);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Accepted);
    }

    [Fact]
    public async Task A_line_cut_before_its_id_is_rejected_alone()
    {
        var result = await TestReader.JsonAsync("{\"action\":\"upsert\",\"asOf\":\"2026-", Samples.Child());

        var error = result.SingleError(ErrorCodes.MalformedRow);
        Assert.Equal(1, error.Row);
        Assert.Single(result.Accepted);
        Assert.Equal(1, result.Progress.RowsRejected);
    }

    [Fact]
    public async Task Crlf_lf_and_blank_lines_count_as_physical_lines()
    {
        var content = "\r\n" + Samples.Child() + "\r\n\n   \n" + Samples.Child(c => c["sex"] = "Q", "TX002") + "\r\n";

        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(content), TestReader.JsonFileName);

        Assert.Equal(5, result.SingleError(ErrorCodes.InvalidCode).Row);
        Assert.Equal(2, result.Progress.RowsReceived);
    }

    [Fact]
    public async Task A_field_of_megabytes_makes_the_line_too_long_and_it_is_skipped_unread()
    {
        var huge = Samples.Child(c => c["firstName"] = new string('A', 3 * 1024 * 1024), "TX002");
        var content = Samples.Child() + "\n" + huge + "\n" + Samples.Child(id: "TX003") + "\n";

        var result = await TestReader.BytesAsync(Encoding.UTF8.GetBytes(content), TestReader.JsonFileName);

        var error = result.SingleError(ErrorCodes.RowTooLong);
        Assert.Equal(2, error.Row);
        Assert.True(error.Message.Length < 200);
        Assert.Null(error.Value);
        Assert.Equal(["TX001", "TX003"], result.Accepted.Select(r => r.StateStudentId).Order());
        Assert.Equal("TX002", Assert.Single(result.Children, c => c.Record is null).StateStudentId);
    }

    [Fact]
    public async Task A_field_longer_than_its_maximum_is_too_long_and_excerpted()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["firstName"] = new string('Ñ', 5000)));

        var error = result.Rejected(ErrorCodes.FieldTooLong);
        Assert.Equal("firstName", error.Field);
        Assert.Contains("5,000 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(SubmissionError.MaxValueLength + 1, error.Value!.Length);
    }

    [Fact]
    public async Task An_unknown_property_is_reported_with_its_path()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["fristName"] = "José";
            c.First("enrollments")["withdrawlDate"] = "2025-09-01";
        }));

        Assert.Null(Assert.Single(result.Children).Record);
        Assert.Equal(["enrollments[0].withdrawlDate", "fristName"], result.Errors.Select(e => e.Field).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.UnknownField, e.Code));
    }

    [Fact]
    public async Task Property_names_are_read_in_any_case()
    {
        var result = await TestReader.JsonAsync(Samples.Child().Replace("\"firstName\"", "\"FirstName\"", StringComparison.Ordinal));

        Assert.Equal("José", result.Single().Demographics!.FirstName);
    }

    [Theory]
    [InlineData("sex", "1", "must be a string such as \"M\", not a number")]
    [InlineData("birthDate", "{}", "must be a string such as \"2014-03-09\", not an object")]
    [InlineData("multipleBirthFlag", "[]", "must be true, false or a string")]
    [InlineData("qualifyingMoves", "{}", "must be an array of objects")]
    public async Task A_value_of_the_wrong_json_type_is_reported(string property, string json, string message)
    {
        var line = Samples.Child(c => c[property] = System.Text.Json.Nodes.JsonNode.Parse(json));

        var result = await TestReader.JsonAsync(line);

        var error = result.Rejected(ErrorCodes.InvalidFormat);
        Assert.Equal(property, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_booleans_numbers_and_nulls_are_read_where_they_fit()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["multipleBirthFlag"] = false;
            c["middleName"] = null;
            c.First("courses")["creditsGranted"] = 0.5;
            c.First("courses")["inProgress"] = true;
            c.First("qualifyingMoves")["priorityForServices"] = "yes";
        }));

        var record = result.Single();
        Assert.False(record.Demographics!.MultipleBirthFlag);
        Assert.Null(record.Demographics.MiddleName);
        Assert.Equal(0.5m, record.Courses[0].CreditsGranted);
        Assert.True(record.Courses[0].InProgress);
        Assert.True(record.QualifyingMoves[0].PriorityForServices);
    }

    [Fact]
    public async Task Escaped_strings_are_read_unescaped()
    {
        var result = await TestReader.JsonAsync(Samples.Child().Replace("\"José\"", "\"Jos\\u00e9\"", StringComparison.Ordinal));

        Assert.Equal("José", result.Single().Demographics!.FirstName);
    }

    [Fact]
    public async Task A_property_given_twice_is_reported()
    {
        var result = await TestReader.JsonAsync(Samples.Child().Replace("\"firstName\":\"José\"", "\"firstName\":\"José\",\"firstName\":\"Juan\"", StringComparison.Ordinal));

        Assert.Equal("firstName", result.Rejected(ErrorCodes.MalformedRow).Field);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"action\":\"upsert\",\"stateStudentId\":\"TX001\"} {\"x\":1}")]
    [InlineData("{\"stateStudentId\":\"TX001\",\"action\":\"upsert\",}")]
    public async Task A_line_that_is_not_one_json_object_is_malformed(string line)
    {
        var result = await TestReader.JsonAsync(Samples.Child(id: "TX009"), line);

        Assert.Equal(2, result.SingleError(ErrorCodes.MalformedRow).Row);
        Assert.Equal("TX009", Assert.Single(result.Accepted).StateStudentId);
    }

    [Fact]
    public async Task A_line_without_a_state_student_id_is_rejected()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.Remove("stateStudentId")));

        var error = result.SingleError(ErrorCodes.RequiredFieldMissing);
        Assert.Equal("stateStudentId", error.Field);
        Assert.Empty(result.Children);
        Assert.Equal(1, result.Progress.RowsRejected);
    }
    [Fact]
    public async Task A_file_read_in_parts_numbers_its_lines_as_one_file_and_finds_duplicates_across_parts()
    {
        // Well over the size at which a JSON Lines file is read in parts by several workers.
        const int Lines = 10_000;
        var lines = new string[Lines];
        for (var i = 0; i < Lines; i++)
        {
            lines[i] = Samples.Child(id: $"TX{i + 1:D5}");
        }

        lines[1] = "not json";                          // line 2, in the first part
        lines[5_000] = "";                              // line 5001, blank, near the middle
        lines[5_001] = "{\"stateStudentId\":";           // line 5002, malformed
        lines[Lines - 1] = Samples.Child(id: "TX00010"); // the last line repeats line 10's child

        var content = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        Assert.True(content.Length > 8 * 1024 * 1024, $"The file has {content.Length:N0} bytes.");

        var result = await TestReader.BytesAsync(content, TestReader.JsonFileName);

        Assert.Equal(
            [(2L, ErrorCodes.MalformedRow), (10L, ErrorCodes.DuplicateChild), (5_002L, ErrorCodes.MalformedRow), (Lines, ErrorCodes.DuplicateChild)],
            result.Errors.Select(e => (e.Row, e.Code)).Order());
        Assert.Equal(Lines - 1, result.Progress.RowsReceived);
        Assert.Equal(Lines - 5, result.Accepted.Count);
        Assert.Equal(Lines - 5, result.Accepted.Select(r => r.StateStudentId).Distinct().Count());
    }
}
