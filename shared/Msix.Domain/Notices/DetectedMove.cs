using Msix.Domain.Consolidation;

namespace Msix.Domain.Notices;

/// <summary>An interstate move seen in a consolidated record: the child's newest enrolment is in another State than the one before.</summary>
public sealed record DetectedMove(string FromState, string ToState, DateOnly MoveDate)
{
    /// <summary>
    /// The move that <paramref name="contribution"/> makes in <paramref name="record"/>: its newest enrolment is
    /// the child's newest in any State, and the newest enrolment before it, in any other State's record, is in
    /// another State. Null when there is none (no enrolment, the child was already there, or a later enrolment
    /// elsewhere makes this one history).
    /// </summary>
    public static DetectedMove? Of(ConsolidatedRecord record, ContributionDocument contribution)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(contribution);
        if (contribution.Withdrawn || contribution.Record.Enrollments.Count == 0)
        {
            return null;
        }

        var arrival = contribution.Record.Enrollments.Max(e => e.EnrollmentDate);
        var elsewhere = record.Contributions
            .Where(c => !c.Withdrawn && !string.Equals(c.State, contribution.State, StringComparison.Ordinal))
            .SelectMany(c => c.Record.Enrollments.Select(e => (c.State, e.EnrollmentDate)))
            .ToList();
        if (elsewhere.Count == 0 || elsewhere.Any(e => e.EnrollmentDate > arrival))
        {
            return null;
        }

        var before = elsewhere.Where(e => e.EnrollmentDate < arrival).OrderByDescending(e => e.EnrollmentDate).ThenBy(e => e.State, StringComparer.Ordinal).FirstOrDefault();
        return before.State is null ? null : new DetectedMove(before.State, contribution.State, arrival);
    }
}
