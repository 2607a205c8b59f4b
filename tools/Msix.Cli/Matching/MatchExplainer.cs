using System.Globalization;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Cli.Matching;

/// <summary>
/// Prints the evidence of some false auto-links, of true pairs held as near matches (grouped by why), of near
/// matches between two people (grouped by their levels), and of true pairs neither linked nor proposed as near
/// matches of a run (benchmark data only, never real children).
/// </summary>
internal static class MatchExplainer
{
    public static void Print(LinkageRun run, int count)
    {
        var scorer = new MatchScorer(ComparisonSet.Default, run.Model);
        var records = run.Records;
        var falseLinks = Enumerable.Range(0, records.Count)
            .GroupBy(i => run.MsixIds[i])
            .SelectMany(c => c.SelectMany(a => c.Where(b => b > a && records[a].TruthId != records[b].TruthId && (!run.Link || records[a].Side != records[b].Side)).Select(b => (a, b))))
            .Take(count);
        Console.WriteLine("false auto-links:");
        foreach (var (a, b) in falseLinks)
        {
            Show(scorer, records[a].Record, records[b].Record);
        }

        foreach (var held in run.HeldTruePairs.GroupBy(h => h.Reason).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"true pairs held as near matches ({held.Count():N0}): {held.Key}"));
            foreach (var pair in held.Take(count))
            {
                Show(scorer, records[pair.Earlier].Record, records[pair.Later].Record);
            }
        }

        // The near matches of two people, grouped by the levels of the pair: what fills the worklists.
        var falseNear = run.FalseNearMatches
            .Select(p => (Pair: p, Evidence: scorer.Explain(records[p.Later].Record, records[p.Earlier].Record)))
            .GroupBy(p => string.Join(", ", p.Evidence.Fields.Where(f => f.Level != 0).Select(f => $"{f.Comparison}={f.LevelName}")))
            .OrderByDescending(g => g.Count())
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"near matches of two people ({run.FalseNearMatches.Count:N0}), by their levels:"));
        foreach (var group in falseNear.Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count():N0}: {group.Key}"));
            var (earlier, later) = group.First().Pair;
            Show(scorer, records[earlier].Record, records[later].Record);
        }

        var missed = Enumerable.Range(0, records.Count)
            .GroupBy(i => records[i].TruthId)
            .SelectMany(p => p.SelectMany(a => p.Where(b => b > a && run.MsixIds[a] != run.MsixIds[b] && (!run.Link || records[a].Side != records[b].Side)
                && !run.NearMatches.Contains(LinkageRun.Ordered(run.MsixIds[a], run.MsixIds[b]))).Select(b => (a, b))))
            .Take(count);
        Console.WriteLine("true pairs neither linked nor near matches:");
        foreach (var (a, b) in missed)
        {
            Show(scorer, records[a].Record, records[b].Record);
        }
    }

    private static void Show(MatchScorer scorer, MatchRecord a, MatchRecord b)
    {
        var evidence = scorer.Explain(a, b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {a.FirstName} {string.Join(' ', a.LastNames)} {a.BirthDate} {a.BirthCity} | {b.FirstName} {string.Join(' ', b.LastNames)} {b.BirthDate} {b.BirthCity}: p={evidence.Probability:F4} w={evidence.Weight:F1}"));
        Console.WriteLine("    " + string.Join(", ", evidence.Fields.Where(f => f.Level != 0).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Comparison}={f.LevelName} {f.Weight:+0.0;-0.0}"))));
    }
}
