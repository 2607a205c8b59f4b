namespace Msix.Cli.Reports;

/// <summary>One timed pass over the saved set: the records and contributions it read, its time and its own peak memory.</summary>
/// <param name="PeakMb">The peak resident memory during the pass (see <see cref="PeakMemory"/>).</param>
/// <param name="OwnPeak">True when <paramref name="PeakMb"/> is the pass's own; false when it counts from the process's start.</param>
internal sealed record PassTiming(long Records, long Contributions, double Seconds, double PeakMb, bool OwnPeak)
{
    public double RecordsPerSecond => Records / Seconds;
}
