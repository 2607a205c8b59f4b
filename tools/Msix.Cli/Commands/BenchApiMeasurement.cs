using System.Diagnostics;
using Msix.Cli.Processes;
using Msix.Domain.Mde;

namespace Msix.Cli.Commands;

/// <summary>
/// One kind of request of <c>./msix bench api</c>, sent by concurrent clients: first for a warm-up, on the
/// warm-up children and unmeasured, then for the measured time, on the measured children, each request timed
/// and the processor time of each process counted over the measured part only.
/// </summary>
internal sealed class BenchApiMeasurement(
    IReadOnlyList<(ChildRecord Record, string MsixId)> warmUp,
    IReadOnlyList<(ChildRecord Record, string MsixId)> measured,
    int clients,
    BenchApiCommand.Timing timing,
    IReadOnlyList<(string Name, int ProcessId)> processes)
{
    /// <summary>Runs <paramref name="call"/> (a client's number and a child) and prints its figures.</summary>
    public async Task<Latencies> RunAsync(
        string name, Func<int, (ChildRecord Record, string MsixId), CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var warmedUp = await SendAsync(warmUp, TimeSpan.FromSeconds(timing.WarmUpSeconds), call, cancellationToken);
        var cpu = CpuMeter.Start(processes);
        var started = Stopwatch.GetTimestamp();
        var latencies = await SendAsync(measured, TimeSpan.FromSeconds(timing.Seconds), call, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var spent = cpu.PerOperation(latencies.Count);
        latencies.Sort();
        var result = new Latencies(
            Percentiles.Of(latencies, 0.50), Percentiles.Of(latencies, 0.95), Percentiles.Of(latencies, 0.99), latencies.Count / seconds, warmedUp.Count + latencies.Count);
        Console.WriteLine(BenchApiCommand.Invariant(
            $"{name,-45} p50 {result.P50,7:F1} ms  p95 {result.P95,7:F1} ms  p99 {result.P99,7:F1} ms  {result.PerSecond,7:F0}/s ({latencies.Count:N0} requests)"));
        Console.WriteLine(BenchApiCommand.Invariant(
            $"{"",-45} processor time per request: {string.Join(", ", spent.Select(s => BenchApiCommand.Invariant($"{s.Name} {s.MicrosecondsEach:F0} µs")))}"));
        return result;
    }

    /// <summary>
    /// Each client sends one request after another, each for the next child of <paramref name="children"/>
    /// (from its start, round again when it runs out), until <paramref name="duration"/> has passed.
    /// </summary>
    private async Task<List<double>> SendAsync(
        IReadOnlyList<(ChildRecord Record, string MsixId)> children,
        TimeSpan duration,
        Func<int, (ChildRecord Record, string MsixId), CancellationToken, Task> call,
        CancellationToken cancellationToken)
    {
        var next = -1;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var child = children[(int)((uint)Interlocked.Increment(ref next) % (uint)children.Count)];
                var started = Stopwatch.GetTimestamp();
                await call(client, child, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        }));
        return [.. perClient.SelectMany(l => l)];
    }

    /// <summary>
    /// The latency percentiles of one kind of request, in milliseconds, how many were answered a second, and how
    /// many were sent in all (the warm-up's too).
    /// </summary>
    internal sealed record Latencies(double P50, double P95, double P99, double PerSecond, int Sent);
}
