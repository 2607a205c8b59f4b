using Microsoft.Azure.Functions.Worker;
using Msix.Domain.Reports;

namespace Msix.Functions.Functions;

/// <summary>Timer (<c>Msix:Reports:Schedule</c>, daily by default): computes the national reports of the current and earlier periods.</summary>
public sealed class ComputeReports(ReportService reports)
{
    [Function(nameof(ComputeReports))]
    public Task RunAsync(
        [TimerTrigger("%Msix:Reports:Schedule%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        reports.ComputeDueAsync(cancellationToken);
}
