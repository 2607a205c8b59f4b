using Msix.Domain.Reports.Quality;
using Msix.Domain.Reports.Usage;

namespace Msix.Domain.Reports;

/// <summary>Every report of one performance period, as <see cref="ReportBuilder.Build"/> computes them.</summary>
public sealed record PeriodReports(
    PerformancePeriod Period,
    UnduplicatedCounts Unduplicated,
    ChildCounts ChildCounts,
    Reconciliation Reconciliation,
    MobilityMatrix Mobility,
    UsageReport Usage,
    DataQualityReport DataQuality)
{
    /// <summary>The reports as one State sees them: its own numbers, the pairs and corridors it is part of.</summary>
    public PeriodReports ForState(string state) => this with
    {
        Unduplicated = Unduplicated.ForState(state),
        ChildCounts = ChildCounts.ForState(state),
        Reconciliation = Reconciliation.ForState(state),
        Mobility = Mobility.ForState(state),
        Usage = Usage with { Months = [.. Usage.Months.Where(m => string.Equals(m.State, state, StringComparison.Ordinal))] },
        DataQuality = DataQuality with { States = [.. DataQuality.States.Where(s => string.Equals(s.State, state, StringComparison.Ordinal))] },
    };

    /// <summary>The report named <paramref name="name"/> (one of <see cref="ReportNames.All"/>).</summary>
    public object Named(string name) => name switch
    {
        ReportNames.UnduplicatedCounts => Unduplicated,
        ReportNames.ChildCounts => ChildCounts,
        ReportNames.Reconciliation => Reconciliation,
        ReportNames.Mobility => Mobility,
        ReportNames.Usage => Usage,
        ReportNames.DataQuality => DataQuality,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report name."),
    };
}
