using System.Diagnostics;
using System.Globalization;

namespace Msix.Cli.Reports;

/// <summary>
/// The peak resident memory of one phase of this process. On Linux the kernel's high-water mark (VmHWM in
/// /proc/self/status) is reset to the current resident size by writing "5" to /proc/self/clear_refs, so a phase's
/// own peak can be read after it. Elsewhere, or where the reset is refused, only the whole process's peak is known.
/// </summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>The process's peak working set so far, in MB (what the other benchmarks report).</summary>
    public static double ProcessPeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>
    /// Collects garbage, then starts a new phase: true when the high-water mark was reset, so that
    /// <see cref="PhasePeakMb"/> measures from now; false when it counts from the process's start.
    /// </summary>
    public static bool StartPhase()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (!OperatingSystem.IsLinux() || !File.Exists(ClearRefs))
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefs, "5");

            // Reset (or never above the present): from now on the mark is this phase's own.
            return HighWaterMarkKb() is { } mark && ResidentKb() is { } resident && mark <= resident + 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident memory since <see cref="StartPhase"/> reset it (else since the process started), in MB.</summary>
    public static double PhasePeakMb() =>
        HighWaterMarkKb() is { } kb ? kb / 1024.0 : ProcessPeakMb();

    private static long? HighWaterMarkKb() => StatusKb("VmHWM:");

    private static long? ResidentKb() => StatusKb("VmRSS:");

    private static long? StatusKb(string field)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Status))
        {
            return null;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var value = line.AsSpan(field.Length).Trim();
                return long.Parse(value[..value.IndexOf(' ')], NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
