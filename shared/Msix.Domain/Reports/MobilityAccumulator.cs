namespace Msix.Domain.Reports;

/// <summary>
/// Counters of the mobility matrix (<see cref="MobilityMatrix"/>): one per from-State and to-State pair; no record.
/// A child's enrolments in all States are ordered by enrolment date, then State code (ordinal), the same
/// enrolment reported twice counting once; each two consecutive ones in different States, the later starting in the
/// period, are one move.
/// </summary>
internal sealed class MobilityAccumulator(PerformancePeriod period)
{
    private readonly Dictionary<(string From, string To), int> _moves = [];

    public void Add(ReportChild child)
    {
        var ordered = child.Enrollments
            .Select(e => (e.State, e.Enrollment.EnrollmentDate))
            .Distinct()
            .OrderBy(e => e.EnrollmentDate)
            .ThenBy(e => e.State, StringComparer.Ordinal)
            .ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (from, to) = (ordered[i - 1].State, ordered[i].State);
            if (!string.Equals(from, to, StringComparison.Ordinal) && period.Contains(ordered[i].EnrollmentDate))
            {
                _moves[(from, to)] = _moves.GetValueOrDefault((from, to)) + 1;
            }
        }
    }

    public MobilityMatrix Build() => new(
        period.Label,
        [.. _moves
            .OrderByDescending(m => m.Value)
            .ThenBy(m => m.Key.From, StringComparer.Ordinal)
            .ThenBy(m => m.Key.To, StringComparer.Ordinal)
            .Select(m => new Corridor(m.Key.From, m.Key.To, m.Value))]);
}
