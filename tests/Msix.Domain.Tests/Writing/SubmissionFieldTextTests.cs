using System.Globalization;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;

namespace Msix.Domain.Tests.Writing;

public sealed class SubmissionFieldTextTests
{
    [Fact]
    public void Every_schema_field_of_every_section_has_a_text_for_a_full_record()
    {
        var record = WriterSamples.Full();
        foreach (var section in SubmissionSchema.Sections)
        {
            var row = Assert.Single(SubmissionFieldText.Rows(record, section));
            foreach (var field in section.Fields)
            {
                Assert.False(string.IsNullOrEmpty(row(field)), $"{section.Name}.{field.Name} is empty");
            }
        }
    }

    [Fact]
    public void Values_take_the_submission_text_forms()
    {
        var record = WriterSamples.Full();
        string? Student(string name) => SubmissionFieldText.Of(record, SubmissionSchema.Student.Find(name)!);
        string? Enrollment(string name) => SubmissionFieldText.Of(record.Enrollments[0], SubmissionSchema.Enrollment.Find(name)!);
        string? Course(string name) => SubmissionFieldText.Of(record.Courses[0], SubmissionSchema.Course.Find(name)!);

        Assert.Equal("upsert", Student("Action"));
        Assert.Equal("2026-09-30T08:30:00-05:00", Student("AsOf"));
        Assert.Equal("2011-03-09", Student("BirthDate"));
        Assert.Equal("Y", Student("MultipleBirthFlag"));
        Assert.Equal("M", Student("Sex"));
        Assert.Equal("1004", Student("BirthDateVerification"));
        Assert.Equal("Núñez", Student("LastName1"));
        Assert.Equal("MEP-778812", Student("AlternateStateStudentId1"));
        Assert.Equal("02", Student("AlternateStateStudentIdType1"));
        Assert.Equal("X-1", Student("AlternateStateStudentId2"));
        Assert.Equal("03", Student("AlternateStateStudentIdType2"));
        Assert.Equal("OLD9", Student("AlternateStateStudentId3"));
        Assert.Equal("01", Student("AlternateStateStudentIdType3"));
        Assert.Null(SubmissionFieldText.Of(WriterSamples.Minimal(), SubmissionSchema.Student.Find("AlternateStateStudentId1")!));
        Assert.Equal("09", Enrollment("GradeLevel"));
        Assert.Equal("Chronic", Enrollment("MedicalAlertIndicator"));
        Assert.Equal("N", Enrollment("IdeaIndicator"));
        Assert.Equal("0828", Course("TermType"));
        Assert.Equal("A", Course("CourseSection"));
        Assert.Equal("42.5", Course("ClockHours"));
        Assert.Equal("2026-04", SubmissionFieldText.Of(record.Assessments[0], SubmissionSchema.Assessment.Find("AdministrationDate")!));
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_whatever_the_current_one()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-MX");
            Assert.Equal("0.5", SubmissionFieldText.Number(0.5m));
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("0.5", SubmissionFieldText.Number(0.5m));
            Assert.Equal("2026-04-01", SubmissionFieldText.Date(new DateOnly(2026, 4, 1)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Timestamps_keep_their_offset_and_only_the_fractions_there_are()
    {
        Assert.Equal("2026-10-01T00:00:00+00:00", SubmissionFieldText.Timestamp(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-10-01T23:59:59.25-07:00",
            SubmissionFieldText.Timestamp(new DateTimeOffset(2026, 10, 1, 23, 59, 59, 250, TimeSpan.FromHours(-7))));
    }

    [Fact]
    public void A_delete_has_only_its_keys_and_empty_fields()
    {
        var record = WriterSamples.Delete();
        var texts = SubmissionSchema.Student.Fields.ToDictionary(f => f.Name, f => SubmissionFieldText.Of(record, f));
        Assert.Equal("delete", texts["Action"]);
        Assert.Equal("TX000000002", texts["StateStudentId"]);
        Assert.All(texts.Where(t => t.Key is not ("Action" or "AsOf" or "StateStudentId")), t => Assert.Null(t.Value));
    }

    [Fact]
    public void Health_rows_are_only_for_enrollments_with_a_health_field()
    {
        Assert.Single(SubmissionFieldText.Rows(WriterSamples.Full(), SubmissionSchema.Health));
        Assert.Empty(SubmissionFieldText.Rows(WriterSamples.Minimal(), SubmissionSchema.Health));
    }

    [Fact]
    public void A_field_of_another_section_is_refused()
    {
        var record = WriterSamples.Full();
        Assert.Throws<ArgumentException>(() => SubmissionFieldText.Of(record.QualifyingMoves[0], SubmissionSchema.Course.Find("CourseTitle")!));
    }

    [Fact]
    public void The_student_section_has_three_alternate_id_slots() =>
        Assert.Equal(3, SubmissionFieldText.AlternateStateStudentIdSlots);
}
