using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// What makes two rows of one child's section the same row: sent twice, the second is a DUPLICATE_ROW.
/// Text is compared ignoring case (values are already trimmed).
/// </summary>
internal static class DuplicateRowKeys
{
    private static readonly StringComparer Text = StringComparer.OrdinalIgnoreCase;

    /// <summary>The key fields of each section, for the data dictionary.</summary>
    public static IReadOnlyList<string> FieldsOf(SectionSpec section) =>
        section == SubmissionSchema.QualifyingMove ? ["QualifyingArrivalDate", "QualifyingMoveToState"]
        : section == SubmissionSchema.Enrollment || section == SubmissionSchema.Health ? ["EnrollmentDate", "SchoolId (or SchoolOrProjectName where either row has no SchoolId)"]
        : section == SubmissionSchema.Course ? ["CourseTitle", "AcademicYear", "TermType", "CourseSection", "SchoolOrProjectName"]
        : section == SubmissionSchema.Assessment ? ["AssessmentTitle", "AssessmentContent", "AssessmentType", "AdministrationDate", "ReportingMethod"]
        : [];

    public static IEqualityComparer<QualifyingMove> Moves { get; } = new Comparer<QualifyingMove>(
        (a, b) => a.QualifyingArrivalDate == b.QualifyingArrivalDate && string.Equals(a.QualifyingMoveToState, b.QualifyingMoveToState, StringComparison.OrdinalIgnoreCase),
        m => HashCode.Combine(m.QualifyingArrivalDate, Text.GetHashCode(m.QualifyingMoveToState)));

    public static IEqualityComparer<Enrollment> Enrollments { get; } = new Comparer<Enrollment>((a, b) => a.Key.Equals(b.Key), e => e.Key.GetHashCode());

    public static IEqualityComparer<CourseHistory> Courses { get; } = new Comparer<CourseHistory>(
        (a, b) => Text.Equals(a.CourseTitle, b.CourseTitle) && a.AcademicYear == b.AcademicYear && a.TermType == b.TermType &&
                  a.CourseSection == b.CourseSection && Text.Equals(a.SchoolOrProjectName ?? "", b.SchoolOrProjectName ?? ""),
        c => HashCode.Combine(Text.GetHashCode(c.CourseTitle), c.AcademicYear, c.TermType, c.CourseSection));

    public static IEqualityComparer<Assessment> Assessments { get; } = new Comparer<Assessment>(
        (a, b) => Text.Equals(a.AssessmentTitle, b.AssessmentTitle) && Text.Equals(a.AssessmentContent, b.AssessmentContent) &&
                  a.AssessmentType == b.AssessmentType && a.AdministrationDate == b.AdministrationDate && a.ReportingMethod == b.ReportingMethod,
        a => HashCode.Combine(Text.GetHashCode(a.AssessmentTitle), a.AssessmentType, a.AdministrationDate, a.ReportingMethod));

    private sealed class Comparer<T>(Func<T, T, bool> equals, Func<T, int> hash) : IEqualityComparer<T>
        where T : class
    {
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && equals(x, y));

        public int GetHashCode(T obj) => hash(obj);
    }
}
