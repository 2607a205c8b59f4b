namespace Msix.Domain.Reports;

/// <summary>Every report of one performance period, as <see cref="ReportBuilder.Build"/> computes them.</summary>
public sealed record PeriodReports(
    PerformancePeriod Period,
    UnduplicatedCounts Unduplicated,
    ChildCounts ChildCounts,
    Reconciliation Reconciliation,
    MobilityMatrix Mobility);
