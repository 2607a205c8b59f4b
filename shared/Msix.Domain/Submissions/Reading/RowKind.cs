using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>What a spooled row is: a row of one of the CSV files, or a whole JSON line.</summary>
internal enum RowKind : byte
{
    Student = 0,
    QualifyingMove = 1,
    Enrollment = 2,
    Health = 3,
    Course = 4,
    Assessment = 5,
    JsonLine = 15,
}

internal static class RowKinds
{
    public static RowKind Of(SectionSpec section) =>
        section == SubmissionSchema.Student ? RowKind.Student
        : section == SubmissionSchema.QualifyingMove ? RowKind.QualifyingMove
        : section == SubmissionSchema.Enrollment ? RowKind.Enrollment
        : section == SubmissionSchema.Health ? RowKind.Health
        : section == SubmissionSchema.Course ? RowKind.Course
        : section == SubmissionSchema.Assessment ? RowKind.Assessment
        : throw new ArgumentOutOfRangeException(nameof(section), section.Name, "Not a section of a submission.");

    /// <summary>True for the row that introduces a child: a students.csv row or a JSON line.</summary>
    public static bool IsChild(this RowKind kind) => kind is RowKind.Student or RowKind.JsonLine;
}
