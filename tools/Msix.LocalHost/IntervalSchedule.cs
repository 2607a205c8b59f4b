namespace Msix.LocalHost;

/// <summary>
/// Work the Functions app does on a timer, which the local host does every <see cref="EverySetting"/> instead (an
/// hour by default; zero turns it off), the first time one interval after the host starts. A failed run is logged
/// and tried again at the next interval: it never stops the host.
/// </summary>
internal abstract partial class IntervalSchedule(IConfiguration configuration, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The setting of the interval (a TimeSpan).</summary>
    protected abstract string EverySetting { get; }

    /// <summary>What the work is, for the log.</summary>
    protected abstract string Work { get; }

    /// <summary>Does the work once.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                await RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed run is tried again at the next tick; it must never stop the host.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(logger, e, Work);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
