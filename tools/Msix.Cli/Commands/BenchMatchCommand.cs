using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Msix.Cli.Matching;
using Msix.Domain.Identity.Matching;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>
/// msix bench match FILE | FILE_A FILE_B | --generate N: the identity matcher's quality and speed against known
/// truth. One FEBRL file is deduplicated; two are linked; --generate deduplicates N synthetic children sent by
/// several States. Prints pair completeness and reduction ratio of blocking, precision, recall and F1 of
/// auto-links, the recall of auto-links and near matches together, near matches per hundred records, and speed.
/// </summary>
internal static class BenchMatchCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "One FEBRL-layout CSV file to deduplicate, or two to link.", Arity = ArgumentArity.ZeroOrMore };
        var generate = new Option<int>("--generate") { Description = "Deduplicate this many generated children instead of files." };
        var seed = new Option<int>("--seed") { Description = "The seed of the generated children.", DefaultValueFactory = _ => 2026 };
        var explain = new Option<int>("--explain") { Description = "Print the evidence of this many false links and missed pairs.", DefaultValueFactory = _ => 0 };
        var defaults = new MatchThresholds();
        var autoLink = new Option<double>("--auto-link-probability") { Description = "Auto-link at or above this probability.", DefaultValueFactory = _ => defaults.AutoLinkProbability };
        var nearMatch = new Option<double>("--near-match-probability") { Description = "Near match at or above this probability.", DefaultValueFactory = _ => defaults.NearMatchProbability };
        var command = new Command("match", "Identity matching quality (precision, recall, F1) and speed against known truth.") { files, generate, seed, explain, autoLink, nearMatch };
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? [],
            parse.GetValue(generate),
            parse.GetValue(seed),
            parse.GetValue(explain),
            new MatchThresholds { AutoLinkProbability = parse.GetValue(autoLink), NearMatchProbability = parse.GetValue(nearMatch) }));
        return command;
    }

    private static int Run(string[] files, int generate, int seed, int explain, MatchThresholds thresholds)
    {
        if ((generate > 0) == (files.Length > 0) || files.Length > 2)
        {
            Console.Error.WriteLine("Give one file to deduplicate, two files to link, or --generate N.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<LabelledRecord> records;
        bool link;
        if (generate > 0)
        {
            Console.WriteLine(Invariant($"Generating {generate:N0} children (seed {seed}) sent by {SyntheticOptions.DefaultStates.Count} States ..."));
            records = Generated(generate, seed);
            link = false;
        }
        else
        {
            foreach (var file in files.Where(f => !File.Exists(f)))
            {
                Console.Error.WriteLine($"No file {file}.");
                return 2;
            }

            link = files.Length == 2;

            // Deduplicating one file: each line is treated as its own State's record, since a State ID belongs to
            // one child and the exchange never links two records of one State automatically. Linking two files:
            // each file is one State's submission.
            records = link
                ? [.. FebrlFile.Read(files[0], 0, _ => "A"), .. FebrlFile.Read(files[1], 1, _ => "B")]
                : FebrlFile.Read(files[0], 0, line => Invariant($"S{line}"));
        }

        Console.WriteLine(Invariant($"{records.Count:N0} records read in {clock.Elapsed.TotalSeconds:F1} s; {(link ? "linking the two files" : "deduplicating")}"));
        var pausedBefore = GC.GetTotalPauseDuration();
        var fullBefore = GC.CollectionCount(2);
        var run = LinkageRun.Execute(records, link, thresholds, new TrainingOptions());
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var full = GC.CollectionCount(2) - fullBefore;
        var metrics = LinkageMetrics.Of(run);
        var seconds = (run.TrainingTime + run.MatchingTime).TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

        Console.WriteLine(Invariant($"model: prior {run.Model.Prior:E3}; sessions {string.Join("; ", run.Model.Training.Sessions.Select(s => $"{s.BlockingRule}: {s.Pairs:N0} pairs, match share {s.MatchShare:F3}, {s.Iterations} iterations"))}"));
        Console.WriteLine(Invariant($"thresholds: auto-link at p >= {thresholds.AutoLinkProbability}, near match at p >= {thresholds.NearMatchProbability}"));
        Console.WriteLine(Invariant($"blocking: pair completeness {metrics.PairCompleteness:F4}, reduction ratio {metrics.ReductionRatio:F6} ({run.CandidatePairs:N0} candidate pairs)"));
        Console.WriteLine(Invariant($"auto-links: {metrics.PredictedPairs:N0} pairs, {metrics.CorrectPairs:N0} true of {metrics.TruePairs:N0}: precision {metrics.Precision:F4}, recall {metrics.Recall:F4}, F1 {metrics.F1:F4}"));
        Console.WriteLine(Invariant($"near matches: {run.NearMatches.Count:N0} ({metrics.NearPer100:F2} per 100 records); auto-links and near matches find {metrics.SurfacedRecall:F4} of true pairs"));
        Console.WriteLine(Invariant($"time: model {run.TrainingTime.TotalSeconds:F1} s, matching {run.MatchingTime.TotalSeconds:F1} s (blocking {run.BlockingTime.TotalSeconds:F1} s, weighing {run.WeighingTime.TotalSeconds:F1} s, deciding {(run.MatchingTime - run.BlockingTime - run.WeighingTime).TotalSeconds:F1} s), {records.Count / seconds:F0} records/s; peak memory {peakMb:F0} MB; garbage collection paused it {paused.TotalSeconds:F1} s ({full} full collections)"));
        if (explain > 0)
        {
            MatchExplainer.Print(run, explain);
        }

        Console.WriteLine(Invariant(
            $"RESULT pc={metrics.PairCompleteness:F4} rr={metrics.ReductionRatio:F6} precision={metrics.Precision:F4} recall={metrics.Recall:F4} f1={metrics.F1:F4} surfaced_recall={metrics.SurfacedRecall:F4} near_per_100={metrics.NearPer100:F2} records_per_s={records.Count / seconds:F0}"));
        return 0;
    }

    /// <summary>The generated children's records, State by State as their submissions would arrive.</summary>
    private static List<LabelledRecord> Generated(int children, int seed) =>
        [.. SyntheticPopulation.Generate(new SyntheticOptions(seed, children, SyntheticOptions.DefaultStates))
            .Select(r => new LabelledRecord(MatchRecordFactory.FromChild(r.State, r.Record), r.TruthId, 0))
            .OrderBy(r => r.Record.State, StringComparer.Ordinal)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
