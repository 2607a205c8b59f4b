using Msix.Domain.Audit;

namespace Msix.LocalHost;

/// <summary>
/// The local host's stand-in for the Functions app's AnchorAuditJournals timer: anchors the audit journals every
/// <c>Msix:Audit:LocalHostAnchorEvery</c> (an hour by default; zero turns it off), the first time one interval
/// after the host starts. <c>./msix audit anchor</c> anchors them at once, into a file.
/// </summary>
internal sealed partial class AuditAnchorScheduler(AuditAnchorService anchors, IConfiguration configuration, TimeProvider time, ILogger<AuditAnchorScheduler> logger) : BackgroundService
{
    public const string EverySetting = "Msix:Audit:LocalHostAnchorEvery";

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
                await anchors.AnchorAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed run is tried again at the next tick; it must never stop the host.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Anchoring the audit journals failed; trying again at the next interval")]
    private partial void LogFailed(Exception exception);
}
