namespace Msix.Integration.Tests.Pipeline;

/// <summary>Waits for something the exchange does in the background, by asking again until a deadline.</summary>
public static class Poll
{
    /// <summary>How long the pipeline may take before a test gives up; a healthy run takes a few seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Calls <paramref name="probe"/> until it returns a value, and returns it; fails after the deadline.</summary>
    /// <param name="what">What is awaited, for the failure message.</param>
    /// <param name="diagnostics">More to say when the wait fails (the host's log).</param>
    /// <param name="interval">How long to wait between two probes.</param>
    public static async Task<T> UntilAsync<T>(
        Func<CancellationToken, Task<T?>> probe,
        string what,
        Func<string>? diagnostics = null,
        TimeSpan? timeout = null,
        TimeSpan? interval = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var cancellationToken = TestContext.Current.CancellationToken;
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await probe(cancellationToken) is { } value)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {(timeout ?? DefaultTimeout).TotalSeconds:0} s.{System.Environment.NewLine}{diagnostics?.Invoke()}");
            }

            await Task.Delay(interval ?? Interval, cancellationToken);
        }
    }
}
