using System.Diagnostics;
using Msix.Domain.Reports;

namespace Msix.Cli.Reports;

/// <summary>
/// The two passes the reports benchmark compares over one saved set: merely reading every record (the ceiling),
/// and reading every record into a <see cref="ReportBuilder"/> and building the reports. Both read the file the
/// same way and touch every record the same way (counting its contributions); the second also computes.
/// </summary>
internal static class ReportPasses
{
    /// <summary>Reads and deserialises every record of <paramref name="path"/>, counting contributions.</summary>
    public static PassTiming Read(string path)
    {
        var ownPeak = PeakMemory.StartPhase();
        var started = Stopwatch.GetTimestamp();
        long records = 0, contributions = 0;
        foreach (var record in ConsolidatedRecordFile.Read(path))
        {
            records++;
            contributions += record.Contributions.Count;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new PassTiming(records, contributions, seconds, PeakMemory.PhasePeakMb(), ownPeak);
    }

    /// <summary>Reads every record of <paramref name="path"/> the same way, adds each to a report builder, then builds every report.</summary>
    public static (PassTiming Timing, PeriodReports Reports) Compute(string path, PerformancePeriod period)
    {
        var ownPeak = PeakMemory.StartPhase();
        var started = Stopwatch.GetTimestamp();
        long records = 0, contributions = 0;
        var builder = new ReportBuilder(period);
        foreach (var record in ConsolidatedRecordFile.Read(path))
        {
            records++;
            contributions += record.Contributions.Count;
            builder.Add(record);
        }

        var reports = builder.Build();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (new PassTiming(records, contributions, seconds, PeakMemory.PhasePeakMb(), ownPeak), reports);
    }
}
