using Msix.Domain.Identity;
using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>
/// One State's record of the child as a source of the consolidated record: the State's identifiers, where and
/// when the record came from, and how it was linked to the MSIX ID. Its sections appear in the record's
/// enrollments, courses, assessments and qualifying moves, each with its State.
/// </summary>
/// <param name="StateStudentIdType">The kind of State student ID.</param>
/// <param name="AlternateStateStudentIds">Other identifiers the State knows the child by.</param>
/// <param name="AsOf">When the State's system last changed this record.</param>
/// <param name="SubmissionId">The submission that brought this version of the record.</param>
/// <param name="StoredAt">When the exchange stored it.</param>
public sealed record ContributionView(
    string State,
    string StateStudentId,
    StateStudentIdType StateStudentIdType,
    IReadOnlyList<AlternateStateStudentId> AlternateStateStudentIds,
    DateTimeOffset AsOf,
    string SubmissionId,
    DateTimeOffset StoredAt)
{
    /// <summary>How this record was linked to the MSIX ID, with the matcher's evidence when it decided.</summary>
    public IdentityLink? Link { get; init; }
}
