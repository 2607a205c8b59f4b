using Msix.Domain.Mde;

namespace Msix.Domain.Reports;

/// <summary>Counters of the unduplicated count (<see cref="UnduplicatedCounts"/>); keeps no child.</summary>
internal sealed class UnduplicatedAccumulator(PerformancePeriod period)
{
    private readonly Dictionary<string, int> _byState = new(StringComparer.Ordinal);
    private readonly int[] _byBand = new int[Enum.GetValues<AgeBand>().Length];
    private readonly Dictionary<GradeLevel, int> _byGrade = [];
    private readonly Dictionary<string, (int[] Bands, Dictionary<GradeLevel, int> Grades)> _states = new(StringComparer.Ordinal);
    private int _nation;

    public void Add(ReportChild child)
    {
        var inPeriod = child.Enrollments.Where(e => ReportChild.DaysIn(e.Enrollment, period) is not null).ToList();
        if (inPeriod.Count == 0)
        {
            return;
        }

        _nation++;
        foreach (var state in inPeriod.Select(e => e.State).Distinct(StringComparer.Ordinal))
        {
            _byState[state] = _byState.GetValueOrDefault(state) + 1;
        }

        var band = child.BirthDate is { } birth ? ChildAge.BandOf(ChildAge.On(birth, period.Start)) : AgeBand.Unknown;
        _byBand[(int)band]++;

        var latest = inPeriod
            .OrderByDescending(e => e.Enrollment.EnrollmentDate)
            .ThenByDescending(e => e.Enrollment.GradeLevel)
            .First();
        _byGrade[latest.Enrollment.GradeLevel] = _byGrade.GetValueOrDefault(latest.Enrollment.GradeLevel) + 1;

        // Each State counts the child in its band, and in the grade of the child's latest enrolment there.
        foreach (var ofState in inPeriod.GroupBy(e => e.State, StringComparer.Ordinal))
        {
            if (!_states.TryGetValue(ofState.Key, out var state))
            {
                _states[ofState.Key] = state = (new int[_byBand.Length], []);
            }

            state.Bands[(int)band]++;
            var grade = ofState.OrderByDescending(e => e.Enrollment.EnrollmentDate).ThenByDescending(e => e.Enrollment.GradeLevel).First().Enrollment.GradeLevel;
            state.Grades[grade] = state.Grades.GetValueOrDefault(grade) + 1;
        }
    }

    public UnduplicatedCounts Build() => new(
        period.Label,
        _nation,
        [.. _byState.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StateCount(s.Key, s.Value))],
        Bands(_byBand),
        Grades(_byGrade))
    {
        States =
        [
            .. _states.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new StateBreakdown(s.Key, Bands(s.Value.Bands), Grades(s.Value.Grades))),
        ],
    };

    private static AgeBandCount[] Bands(int[] counts) =>
        [.. Enum.GetValues<AgeBand>().Select(b => new AgeBandCount(ChildAge.LabelOf(b), counts[(int)b]))];

    private static GradeLevelCount[] Grades(Dictionary<GradeLevel, int> counts) =>
        [.. counts.OrderBy(g => g.Key).Select(g => new GradeLevelCount(CodeSet<GradeLevel>.CodeOf(g.Key), g.Value))];
}
