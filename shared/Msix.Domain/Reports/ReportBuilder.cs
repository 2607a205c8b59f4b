using Msix.Domain.Consolidation;

namespace Msix.Domain.Reports;

/// <summary>
/// Computes every report of one performance period in one pass over the consolidated records, fed one record
/// at a time and keeping only counters (and, per State, the MSIX IDs of its own Category 1 and 2 children): memory
/// does not grow with the records read. Merged alias records (<see cref="ConsolidatedRecord.AliasOf"/> set) and
/// withdrawn contributions are skipped. Each MSIX ID must be added once; the results do not depend on the order
/// the records come in.
/// </summary>
public sealed class ReportBuilder
{
    private readonly UnduplicatedAccumulator _unduplicated;
    private readonly ChildCountAccumulator _childCounts;
    private readonly MobilityAccumulator _mobility;

    public ReportBuilder(PerformancePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Period = period;
        _unduplicated = new UnduplicatedAccumulator(period);
        _childCounts = new ChildCountAccumulator(period);
        _mobility = new MobilityAccumulator(period);
    }

    public PerformancePeriod Period { get; }

    /// <summary>Records read, aliases and records without a current contribution included.</summary>
    public long RecordsRead { get; private set; }

    public void Add(ConsolidatedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordsRead++;
        if (ReportChild.Of(record) is not { } child)
        {
            return;
        }

        _unduplicated.Add(child);
        _childCounts.Add(child);
        _mobility.Add(child);
    }

    /// <summary>The reports of the records added so far, every list in a fixed order.</summary>
    public PeriodReports Build() => new(
        Period,
        _unduplicated.Build(),
        _childCounts.BuildChildCounts(),
        _childCounts.BuildReconciliation(),
        _mobility.Build());
}
