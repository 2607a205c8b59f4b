using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// One child of a submission, read and validated: its record, or null when any of its rows had an error
/// (the errors are in the submission's error log; a partial record is never passed on, because it would
/// replace what the exchange holds and lose data).
/// </summary>
/// <param name="StateStudentId">The child's State student ID as the file gives it (trimmed).</param>
/// <param name="Record">The child's record; null when the child is rejected.</param>
/// <param name="Row">The child's student row (students.csv) or line (JSON Lines).</param>
public sealed record AssembledChild(string StateStudentId, ChildRecord? Record, long Row);
