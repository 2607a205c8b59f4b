using Msix.Domain.Mde;

namespace Msix.Domain.Reports;

/// <summary>
/// Counters of the child counts (<see cref="ChildCounts"/>) and their reconciliation (<see cref="Reconciliation"/>).
/// Keeps, per State, the MSIX IDs of its own Category 1 and 2 children (bounded by the State's count), and per pair
/// of States a counter; no record.
/// </summary>
/// <remarks>
/// A child counts in Category 1 of State S when some day d of the period satisfies all of:
/// the child is enrolled in S on d (a current contribution of S has an enrolment whose
/// [EnrollmentDate, WithdrawalDate or open] holds d); the child is aged 3 through 21 on d
/// (BirthDate.AddYears(3) ≤ d &lt; BirthDate.AddYears(22)); and a qualifying arrival date q reported by S
/// has q ≤ d &lt; q.AddMonths(36), i.e. eligibility ends the day before the 36-month anniversary (QAD 2022-09-01 is
/// eligible through 2025-08-31). Taking any q ≤ d is the same as taking the latest q ≤ d, since the latest one
/// expires last. A State's EligibilityExpirationDate is not read. A child with no birth date is in no category.
/// Category 2 is the same test with only the summer or intersession MEP project enrolments (code 03), so every
/// Category 2 child is also a Category 1 child of that State.
/// </remarks>
internal sealed class ChildCountAccumulator(PerformancePeriod period)
{
    private readonly Dictionary<string, (List<string> Category1, List<string> Category2)> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _pairs = [];
    private readonly Dictionary<string, int> _reconciledByState = new(StringComparer.Ordinal);
    private int _reconciled;

    public void Add(ReportChild child)
    {
        if (child.BirthDate is not { } birth)
        {
            return;
        }

        var ages = new DayRange(birth.AddYears(3), birth.AddYears(22).AddDays(-1));
        var counted = new List<string>();
        foreach (var state in child.Enrollments.GroupBy(e => e.State, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var eligible = child.Arrivals
                .Where(a => string.Equals(a.State, state.Key, StringComparison.Ordinal))
                .Select(a => new DayRange(a.Arrival, a.Arrival.AddMonths(36).AddDays(-1)))
                .ToList();
            bool Counts(StateEnrollment e) =>
                ReportChild.DaysIn(e.Enrollment, period)?.Intersect(ages) is { } days && eligible.Any(w => days.Intersect(w) is not null);

            if (eligible.Count == 0 || !state.Any(Counts))
            {
                continue;
            }

            counted.Add(state.Key);
            var lists = Lists(state.Key);
            lists.Category1.Add(child.MsixId);
            if (state.Any(e => e.Enrollment.EnrollmentType == MepEnrollmentType.SummerIntersessionMepProject && Counts(e)))
            {
                lists.Category2.Add(child.MsixId);
            }
        }

        if (counted.Count < 2)
        {
            return;
        }

        _reconciled++;
        for (var i = 0; i < counted.Count; i++)
        {
            _reconciledByState[counted[i]] = _reconciledByState.GetValueOrDefault(counted[i]) + 1;
            for (var j = i + 1; j < counted.Count; j++)
            {
                _pairs[(counted[i], counted[j])] = _pairs.GetValueOrDefault((counted[i], counted[j])) + 1;
            }
        }
    }

    public ChildCounts BuildChildCounts() => new(
        period.Label,
        [.. _states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StateChildCount(
            s.Key,
            s.Value.Category1.Count,
            s.Value.Category2.Count,
            [.. s.Value.Category1.Order(StringComparer.Ordinal)],
            [.. s.Value.Category2.Order(StringComparer.Ordinal)]))]);

    public Reconciliation BuildReconciliation() => new(
        period.Label,
        _reconciled,
        [.. _pairs
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Select(p => new StatePairCount(p.Key.Item1, p.Key.Item2, p.Value))])
    {
        States = [.. _reconciledByState.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StateCount(s.Key, s.Value))],
    };

    private (List<string> Category1, List<string> Category2) Lists(string state)
    {
        if (!_states.TryGetValue(state, out var lists))
        {
            lists = ([], []);
            _states[state] = lists;
        }

        return lists;
    }
}
