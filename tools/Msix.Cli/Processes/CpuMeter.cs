using System.Diagnostics;

namespace Msix.Cli.Processes;

/// <summary>
/// The processor time several processes spend over one phase, by name: what each request of a benchmark costs
/// each process (the client, the host, the emulator) when they all share the machine's cores.
/// </summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyList<(string Name, int ProcessId)> _processes;
    private readonly TimeSpan[] _started;

    private CpuMeter(IReadOnlyList<(string Name, int ProcessId)> processes)
    {
        _processes = processes;
        _started = [.. processes.Select(p => CpuOf(p.ProcessId))];
    }

    /// <summary>Starts measuring <paramref name="processes"/> from now.</summary>
    public static CpuMeter Start(IReadOnlyList<(string Name, int ProcessId)> processes) => new(processes);

    /// <summary>The processor time each process spent since the start, in microseconds per one of <paramref name="operations"/>.</summary>
    public IReadOnlyList<(string Name, double MicrosecondsEach)> PerOperation(int operations) =>
        [.. _processes.Select((p, i) => (p.Name, Math.Max(0, (CpuOf(p.ProcessId) - _started[i]).TotalMicroseconds) / Math.Max(1, operations)))];

    private static TimeSpan CpuOf(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            // The process has ended: it spends nothing more.
            return TimeSpan.Zero;
        }
    }
}
