using Msix.Domain.Reports;

namespace Msix.LocalHost;

/// <summary>
/// The local host's stand-in for the Functions app's ComputeReports timer: computes the national reports of the
/// current and earlier periods every <c>Msix:Reports:LocalHostEvery</c> (an hour by default; zero turns it off),
/// the first time one interval after the host starts. <c>./msix reports compute</c> computes them at once.
/// </summary>
internal sealed partial class ReportScheduler(ReportService reports, IConfiguration configuration, TimeProvider time, ILogger<ReportScheduler> logger) : BackgroundService
{
    public const string EverySetting = "Msix:Reports:LocalHostEvery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = configuration.GetValue(EverySetting, TimeSpan.FromHours(1));
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await reports.ComputeDueAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed run is tried again at the next tick; it must never stop the host.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Computing the national reports failed; trying again at the next interval")]
    private partial void LogFailed(Exception exception);
}
