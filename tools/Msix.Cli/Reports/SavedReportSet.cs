using System.Diagnostics;
using System.Globalization;
using Msix.Synthetic;

namespace Msix.Cli.Reports;

/// <summary>
/// The reports benchmark's saved set: N generated children of one seed, each consolidated into the record the
/// exchange's students container would hold, in .msix/bench/reports-N-seed.jsonl.gz. Generated once, streaming
/// (a family at a time), then loaded by every later run with the same N and seed.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Records">Records written, when this run generated the file; null when it was loaded.</param>
/// <param name="GeneratedSeconds">How long generating took, when this run generated the file.</param>
/// <param name="GenerationPeakMb">The peak memory of generating, when this run generated the file.</param>
internal sealed record SavedReportSet(string Path, long? Records, double? GeneratedSeconds, double? GenerationPeakMb)
{
    /// <summary>The size of the file in bytes.</summary>
    public long Bytes => new FileInfo(Path).Length;

    public bool WasGenerated => GeneratedSeconds is not null;

    /// <summary>The file of <paramref name="children"/> children of <paramref name="seed"/> under the repository's .msix/bench folder.</summary>
    public static string PathOf(string repositoryRoot, int children, int seed) =>
        System.IO.Path.Combine(repositoryRoot, ".msix", "bench", string.Create(CultureInfo.InvariantCulture, $"reports-{children}-{seed}.jsonl.gz"));

    /// <summary>Loads the saved set of these options, generating it first when there is none or <paramref name="regenerate"/> is set.</summary>
    public static SavedReportSet Ensure(string repositoryRoot, SyntheticOptions options, bool regenerate)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = PathOf(repositoryRoot, options.Children, options.Seed);
        if (File.Exists(path) && !regenerate)
        {
            return new SavedReportSet(path, null, null, null);
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        PeakMemory.StartPhase();
        var started = Stopwatch.GetTimestamp();
        var partial = path + ".partial";
        var records = ConsolidatedRecordFile.Write(partial, SyntheticConsolidation.Generate(options));
        File.Move(partial, path, overwrite: true);
        return new SavedReportSet(path, records, Stopwatch.GetElapsedTime(started).TotalSeconds, PeakMemory.PhasePeakMb());
    }
}
