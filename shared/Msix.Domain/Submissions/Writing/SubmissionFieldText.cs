using System.Collections.Concurrent;
using System.Globalization;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// The text of each submission field of a record, exactly as both formats write it: dates yyyy-MM-dd,
/// months yyyy-MM, AsOf ISO 8601 with its offset, booleans Y/N, codes as their code set's code, numbers
/// in the invariant culture, text as it is. Null means the field is empty (omitted in JSON, an empty CSV
/// field). Fields are found by the schema's names, which are the model's property names.
/// </summary>
public static class SubmissionFieldText
{
    private static readonly FieldAccessors<ChildRecord> StudentFields = FieldAccessors.ForStudent(SubmissionSchema.Student);
    private static readonly FieldAccessors<QualifyingMove> MoveFields = FieldAccessors.ForRows<QualifyingMove>(SubmissionSchema.QualifyingMove);
    private static readonly FieldAccessors<Enrollment> EnrollmentFields = FieldAccessors.ForRows<Enrollment>(SubmissionSchema.Enrollment);
    private static readonly FieldAccessors<CourseHistory> CourseFields = FieldAccessors.ForRows<CourseHistory>(SubmissionSchema.Course);
    private static readonly FieldAccessors<Assessment> AssessmentFields = FieldAccessors.ForRows<Assessment>(SubmissionSchema.Assessment);
    private static readonly ConcurrentDictionary<Enum, string> Codes = new();

    /// <summary>How many alternate State student IDs the student section has room for.</summary>
    public static int AlternateStateStudentIdSlots => FieldAccessors.AlternateIdSlots(SubmissionSchema.Student);

    /// <summary>A field of the student section (students.csv, or the top level of a JSON line).</summary>
    public static string? Of(ChildRecord record, FieldSpec field) => StudentFields.Read(record, field);

    public static string? Of(QualifyingMove move, FieldSpec field) => MoveFields.Read(move, field);

    /// <summary>A field of an enrollment, the health fields of health.csv included.</summary>
    public static string? Of(Enrollment enrollment, FieldSpec field) => EnrollmentFields.Read(enrollment, field);

    public static string? Of(CourseHistory course, FieldSpec field) => CourseFields.Read(course, field);

    public static string? Of(Assessment assessment, FieldSpec field) => AssessmentFields.Read(assessment, field);

    /// <summary>
    /// The rows a record contributes to a section, each as its field texts: one row for the student section,
    /// one per qualifying move, enrollment, course or assessment, and for health.csv one per enrollment that
    /// carries a health field. The StateStudentId join column is not a field of a row: it is the record's.
    /// </summary>
    public static IEnumerable<Func<FieldSpec, string?>> Rows(ChildRecord record, SectionSpec section)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (section == SubmissionSchema.Student)
        {
            return [field => Of(record, field)];
        }

        if (section == SubmissionSchema.QualifyingMove)
        {
            return record.QualifyingMoves.Select(move => (Func<FieldSpec, string?>)(field => Of(move, field)));
        }

        if (section == SubmissionSchema.Enrollment)
        {
            return record.Enrollments.Select(enrollment => (Func<FieldSpec, string?>)(field => Of(enrollment, field)));
        }

        if (section == SubmissionSchema.Health)
        {
            return record.Enrollments
                .Where(HasHealthFields)
                .Select(enrollment => (Func<FieldSpec, string?>)(field => Of(enrollment, field)));
        }

        if (section == SubmissionSchema.Course)
        {
            return record.Courses.Select(course => (Func<FieldSpec, string?>)(field => Of(course, field)));
        }

        if (section == SubmissionSchema.Assessment)
        {
            return record.Assessments.Select(assessment => (Func<FieldSpec, string?>)(field => Of(assessment, field)));
        }

        throw new ArgumentException($"'{section.Name}' is not a section of the submission schema.", nameof(section));
    }

    /// <summary>Whether an enrollment has a row in health.csv: it carries at least one health field.</summary>
    public static bool HasHealthFields(Enrollment enrollment) =>
        SubmissionSchema.Health.Fields.Any(f => f.InHealthCsv && Of(enrollment, f) is not null);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(YearMonth value) => value.ToString();

    /// <summary>ISO 8601 with the offset; fractions of a second only when there are any.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "Y" : "N";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Code<T>(T value)
        where T : struct, Enum => CodeSet<T>.CodeOf(value);

    /// <summary>The text of any value of the MDE model: null (or an empty string) stays null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        string text => text,
        DateOnly date => Date(date),
        DateTimeOffset timestamp => Timestamp(timestamp),
        YearMonth month => Month(month),
        bool flag => YesNo(flag),
        decimal number => Number(number),
        Enum code => Codes.GetOrAdd(code, CodeOfEnum),
        _ => throw new ArgumentException($"No submission text form for a {value.GetType().Name}.", nameof(value)),
    };

    // Called once per distinct code: CodeSet<T> holds each enum's codes.
    private static string CodeOfEnum(Enum value) =>
        (string)typeof(CodeSet<>).MakeGenericType(value.GetType())
            .GetMethod(nameof(CodeSet<Sex>.CodeOf))!
            .Invoke(null, [value])!;
}
