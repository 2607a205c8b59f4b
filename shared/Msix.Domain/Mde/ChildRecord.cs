namespace Msix.Domain.Mde;

/// <summary>
/// One State's complete current record of one child, as one line of a JSON Lines submission or one
/// row of students.csv with its section rows. An upsert replaces the State's earlier record of the
/// child (if this one is newer); a delete withdraws it.
/// </summary>
/// <param name="Action">Upsert or delete.</param>
/// <param name="AsOf">When the State's system last changed this record; an older record never replaces a newer one.</param>
/// <param name="StateStudentId">MDE State Student Identifier: up to 15 letters and digits, unique within the State.</param>
/// <param name="MsixId">MDE MSIX Identification Number, when the State already knows it.</param>
/// <param name="Demographics">Who the child is; null for a delete.</param>
public sealed record ChildRecord(
    RecordAction Action,
    DateTimeOffset AsOf,
    string StateStudentId,
    string? MsixId,
    Demographics? Demographics,
    IReadOnlyList<QualifyingMove> QualifyingMoves,
    IReadOnlyList<Enrollment> Enrollments,
    IReadOnlyList<CourseHistory> Courses,
    IReadOnlyList<Assessment> Assessments);
