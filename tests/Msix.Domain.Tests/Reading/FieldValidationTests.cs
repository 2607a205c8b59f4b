using System.Text.Json.Nodes;
using Msix.Domain.Submissions;

namespace Msix.Domain.Tests.Reading;

/// <summary>Each field rule, through a JSON line and through the CSV files (one code path serves both).</summary>
public sealed class FieldValidationTests
{
    [Theory]
    [InlineData("firstName")]
    [InlineData("birthDate")]
    [InlineData("asOf")]
    [InlineData("action")]
    public async Task A_missing_required_field_is_reported(string field)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.Remove(field)));

        Assert.Equal(field, result.Rejected(ErrorCodes.RequiredFieldMissing).Field);
    }

    [Fact]
    public async Task A_missing_required_field_of_a_section_is_reported_with_its_path()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("enrollments")["gradeLevel"] = " "));

        Assert.Equal("enrollments[0].gradeLevel", result.Rejected(ErrorCodes.RequiredFieldMissing).Field);
    }

    [Fact]
    public async Task A_missing_required_csv_value_names_the_column()
    {
        var result = await TestReader.ZipAsync(Samples.ChildCsv(moves: "StateStudentId,QualifyingArrivalDate,QualifyingMoveToState,PriorityForServices\nTX001,2025-06-14,,Y\n"));

        var error = result.Rejected(ErrorCodes.RequiredFieldMissing);
        Assert.Equal(("moves.csv", 2L, "QualifyingMoveToState"), (error.File, error.Row, error.Field));
    }

    [Fact]
    public async Task An_invalid_code_lists_the_valid_codes()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["sex"] = "O"));

        var error = result.Rejected(ErrorCodes.InvalidCode);
        Assert.Equal("O", error.Value);
        Assert.Contains("F (Female), M (Male), X (Nonbinary", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("birthDate", "2014-02-30")]
    [InlineData("birthDate", "03/09/2014")]
    [InlineData("asOf", "2026-10-01T08:30:00")]
    [InlineData("asOf", "yesterday")]
    [InlineData("asOf", "2026-10-01T25:00:00Z")]
    [InlineData("asOf", "2026-10-01T08:30:00+15:00")]
    [InlineData("asOf", "2026-10-01T08:30:00.Z")]
    [InlineData("asOf", "2026-10-01 08:30:00Z")]
    public async Task An_invalid_date_is_reported(string field, string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c[field] = value));

        var error = result.Rejected(ErrorCodes.InvalidDate);
        Assert.Equal(value, error.Value);
    }

    [Fact]
    public async Task An_invalid_month_is_reported()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("assessments")["administrationDate"] = "2026-13"));

        Assert.Equal("assessments[0].administrationDate", result.Rejected(ErrorCodes.InvalidDate).Field);
    }

    [Theory]
    [InlineData("2026-10-01T08:30:00-05:00", "2026-10-01T13:30:00Z")]
    [InlineData("2026-10-01T13:30:00.125Z", "2026-10-01T13:30:00.125Z")]
    [InlineData("2026-10-01t13:30z", "2026-10-01T13:30:00Z")]
    [InlineData("2026-10-01", "2026-10-01T00:00:00Z")]
    [InlineData("20261001", "2026-10-01T00:00:00Z")]
    public async Task Timestamps_need_an_offset_and_a_bare_date_is_midnight_utc(string text, string utc)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["asOf"] = text));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), result.Single().AsOf);
    }

    [Fact]
    public async Task Dates_and_months_are_read_in_the_mde_forms_too()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["birthDate"] = "20140309";
            c.First("assessments")["administrationDate"] = "042026";
        }));

        var record = result.Single();
        Assert.Equal(new DateOnly(2014, 3, 9), record.Demographics!.BirthDate);
        Assert.Equal(new Mde.YearMonth(2026, 4), record.Assessments[0].AdministrationDate);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("one")]
    [InlineData("1,5")]
    public async Task A_number_must_be_a_non_negative_number(string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("courses")["creditsGranted"] = value));

        Assert.Equal("courses[0].creditsGranted", result.Rejected(ErrorCodes.InvalidNumber).Field);
    }

    [Fact]
    public async Task A_negative_json_number_is_refused_too()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("courses")["clockHours"] = -2));

        Assert.Equal("-2", result.Rejected(ErrorCodes.InvalidNumber).Value);
    }

    [Theory]
    [InlineData("TX 001")]
    [InlineData("TX_001")]
    [InlineData("TX001é")]
    public async Task An_identifier_holds_only_letters_digits_and_hyphens(string id)
    {
        var result = await TestReader.JsonAsync(Samples.Child(id: id));

        var error = result.Rejected(ErrorCodes.InvalidFormat);
        Assert.Equal("stateStudentId", error.Field);
    }

    [Fact]
    public async Task An_identifier_longer_than_15_is_too_long()
    {
        var result = await TestReader.JsonAsync(Samples.Child(id: "TX-0000000000000001"));

        Assert.Equal("stateStudentId", result.Rejected(ErrorCodes.FieldTooLong).Field);
    }

    [Theory]
    [InlineData("schoolId", "48000401234")]
    [InlineData("schoolId", "48000401234X")]
    [InlineData("schoolDistrictId", "484500")]
    [InlineData("designatedGraduationSchoolId", "4800040123456")]
    public async Task Nces_ids_are_12_or_7_digits(string field, string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("enrollments")[field] = value));

        Assert.Equal($"enrollments[0].{field}", result.Rejected(ErrorCodes.InvalidFormat).Field);
    }

    [Theory]
    [InlineData("2025-2027")]
    [InlineData("2025/2026")]
    [InlineData("2025")]
    public async Task An_academic_year_is_two_consecutive_years(string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c.First("courses")["academicYear"] = value));

        Assert.Contains("2025-2026", result.Rejected(ErrorCodes.InvalidFormat).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_and_country_codes_are_checked_and_normalised()
    {
        var bad = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c.First("qualifyingMoves")["qualifyingMoveToState"] = "XX";
            c["birthCountry"] = "ZZ";
        }));
        Assert.Equal(["birthCountry", "qualifyingMoves[0].qualifyingMoveToState"], bad.Errors.Select(e => e.Field).Order());
        Assert.All(bad.Errors, e => Assert.Equal(ErrorCodes.InvalidCode, e.Code));

        var good = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c.First("qualifyingMoves")["qualifyingMoveToState"] = "pr";
            c["birthCountry"] = "gt";
        }));
        var record = good.Single();
        Assert.Equal("PR", record.QualifyingMoves[0].QualifyingMoveToState);
        Assert.Equal("GT", record.Demographics!.BirthCountry);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890AB")]
    public async Task An_msix_id_is_12_digits(string value)
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["msixId"] = value));

        Assert.Equal("msixId", result.Rejected(ErrorCodes.InvalidMsixId).Field);
    }

    [Fact]
    public async Task Yes_and_no_are_read_in_every_spelling()
    {
        foreach (var (text, value) in new[] { ("y", true), ("YES", true), ("True", true), ("n", false), ("no", false), ("FALSE", false) })
        {
            var result = await TestReader.JsonAsync(Samples.Child(c => c["multipleBirthFlag"] = text));
            Assert.Equal(value, result.Single().Demographics!.MultipleBirthFlag);
        }

        var bad = await TestReader.JsonAsync(Samples.Child(c => c["multipleBirthFlag"] = "maybe"));
        Assert.Equal("multipleBirthFlag", bad.Rejected(ErrorCodes.InvalidCode).Field);
    }

    [Fact]
    public async Task Values_that_look_like_formulas_are_ordinary_text()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["firstName"] = "=HYPERLINK(\"x\")";
            c["lastName1"] = "+García";
            c["lastName2"] = "-Núñez";
            c["suffix"] = "@Jr";
        }));

        var child = result.Single().Demographics!;
        Assert.Equal(("=HYPERLINK(\"x\")", "+García", "-Núñez", "@Jr"), (child.FirstName, child.LastName1, child.LastName2, child.Suffix));
    }

    [Fact]
    public async Task Accents_and_enye_are_kept_exactly()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["firstName"] = "Ñandú";
            c["lastName1"] = "Muñoz-Peña";
            c["parent1LastName"] = "Gonzále\u0301z";
        }));

        var child = result.Single().Demographics!;
        Assert.Equal("Ñandú", child.FirstName);
        Assert.Equal("Muñoz-Peña", child.LastName1);
        Assert.Equal("Gonzále\u0301z", child.Parent1LastName);
    }

    [Fact]
    public async Task An_alternate_id_needs_its_type()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c => c["alternateStateStudentId2"] = "MEP-1"));

        Assert.Equal("alternateStateStudentIdType2", result.Rejected(ErrorCodes.RequiredFieldMissing).Field);

        var good = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["alternateStateStudentId2"] = "MEP-1";
            c["alternateStateStudentIdType2"] = "02";
        }));
        Assert.Equal(new Mde.AlternateStateStudentId(Mde.StateStudentIdType.StateMepAssigned, "MEP-1"), Assert.Single(good.Single().Demographics!.AlternateStateStudentIds));
    }

    [Fact]
    public async Task Every_bad_field_of_a_child_is_reported_and_the_child_is_rejected_once()
    {
        var result = await TestReader.JsonAsync(Samples.Child(c =>
        {
            c["sex"] = "Q";
            c["birthDate"] = "soon";
            c.First("enrollments")["gradeLevel"] = "13";
            c.First("courses")["termType"] = JsonValue.Create("x");
        }));

        Assert.Null(Assert.Single(result.Children).Record);
        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(1, result.Progress.RowsRejected);
    }
}
