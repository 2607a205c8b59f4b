using Msix.Domain.Reports;

namespace Msix.LocalHost;

/// <summary>
/// The local host's stand-in for the Functions app's ComputeReports timer: computes the national reports of the
/// current and earlier periods every <c>Msix:Reports:LocalHostEvery</c> (an hour by default; zero turns it off).
/// <c>./msix reports compute</c> computes them at once.
/// </summary>
internal sealed class ReportScheduler(ReportService reports, IConfiguration configuration, TimeProvider time, ILogger<ReportScheduler> logger)
    : IntervalSchedule(configuration, time, logger)
{
    /// <summary>The Functions app's timer this stands in for.</summary>
    public const string Function = "ComputeReports";

    public const string Setting = "Msix:Reports:LocalHostEvery";

    protected override string EverySetting => Setting;

    protected override string Work => "Computing the national reports";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => reports.ComputeDueAsync(cancellationToken);
}
