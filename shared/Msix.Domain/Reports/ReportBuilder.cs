using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Reports.Usage;
using Msix.Domain.Submissions;

namespace Msix.Domain.Reports;

/// <summary>
/// Computes every report of one performance period in one pass over the consolidated records, fed one record
/// at a time and keeping only counters (and, per State, the MSIX IDs of its own Category 1 and 2 children): memory
/// does not grow with the records read. The use of the exchange comes from the audit trail's entries, and the
/// data quality also from the submissions and the near matches, each fed the same way. Merged alias records (<see cref="ConsolidatedRecord.AliasOf"/> set) and
/// withdrawn contributions are skipped. Each MSIX ID must be added once; the results do not depend on the order
/// the records come in.
/// </summary>
public sealed class ReportBuilder
{
    private readonly UnduplicatedAccumulator _unduplicated;
    private readonly ChildCountAccumulator _childCounts;
    private readonly MobilityAccumulator _mobility;
    private readonly UsageAccumulator _usage;
    private readonly DataQualityAccumulator _quality;

    public ReportBuilder(PerformancePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Period = period;
        _unduplicated = new UnduplicatedAccumulator(period);
        _childCounts = new ChildCountAccumulator(period);
        _mobility = new MobilityAccumulator(period);
        _usage = new UsageAccumulator(period);
        _quality = new DataQualityAccumulator(period);
    }

    public PerformancePeriod Period { get; }

    /// <summary>Records read, aliases and records without a current contribution included.</summary>
    public long RecordsRead { get; private set; }

    public void Add(ConsolidatedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordsRead++;
        _quality.Add(record);
        if (ReportChild.Of(record) is not { } child)
        {
            return;
        }

        _unduplicated.Add(child);
        _childCounts.Add(child);
        _mobility.Add(child);
    }

    /// <summary>One entry of the audit trail (each event counts once, from its user's chain).</summary>
    public void Add(AuditEntry entry) => _usage.Add(entry);

    /// <summary>One State submission, for its rejections and error codes.</summary>
    public void Add(SubmissionDocument submission) => _quality.Add(submission);

    /// <summary>One near match; counted when it is still open.</summary>
    public void Add(NearMatchItem nearMatch) => _quality.AddOpenNearMatch(nearMatch);

    /// <summary>The reports of the records added so far, every list in a fixed order.</summary>
    public PeriodReports Build() => new(
        Period,
        _unduplicated.Build(),
        _childCounts.BuildChildCounts(),
        _childCounts.BuildReconciliation(),
        _mobility.Build(),
        _usage.Build(),
        _quality.Build());
}
