using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>The consolidated record of one child as school staff read it.</summary>
/// <param name="Demographics">Who the child is, as the State with the most recent record says.</param>
/// <param name="Contributions">Every State's record of the child, newest first.</param>
public sealed record StudentRecordView(
    string MsixId,
    DateTimeOffset UpdatedAt,
    SourcedDemographics Demographics,
    IReadOnlyList<ContributionView> Contributions);

/// <summary>Demographics with the State and date they come from.</summary>
public sealed record SourcedDemographics(Demographics Value, string SourceState, DateTimeOffset AsOf);

/// <summary>One State's record of the child, with its source and date.</summary>
public sealed record ContributionView(
    string State,
    string StateStudentId,
    DateTimeOffset AsOf,
    string SubmissionId,
    DateTimeOffset StoredAt,
    IReadOnlyList<QualifyingMove> QualifyingMoves,
    IReadOnlyList<Enrollment> Enrollments,
    IReadOnlyList<CourseHistory> Courses,
    IReadOnlyList<Assessment> Assessments)
{
    /// <summary>How this record was linked to the MSIX ID, with the matcher's evidence when it decided.</summary>
    public Identity.IdentityLink? Link { get; init; }
}
