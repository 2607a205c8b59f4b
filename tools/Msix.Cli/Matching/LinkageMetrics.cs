namespace Msix.Cli.Matching;

/// <summary>
/// The quality of a linkage run against the truth: pair completeness and reduction ratio of blocking; precision,
/// recall and F1 of auto-links (pairs of records given one MSIX ID); the recall of auto-links and near matches
/// together; and near matches per hundred records.
/// </summary>
internal sealed record LinkageMetrics(
    long TruePairs,
    long PredictedPairs,
    long CorrectPairs,
    long SurfacedPairs,
    double PairCompleteness,
    double ReductionRatio,
    double NearPer100)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SurfacedRecall => TruePairs == 0 ? 1 : (double)SurfacedPairs / TruePairs;

    public static LinkageMetrics Of(LinkageRun run)
    {
        var records = run.Records;
        long truePairs = 0, correct = 0, surfaced = 0;
        foreach (var person in Enumerable.Range(0, records.Count).GroupBy(i => records[i].TruthId))
        {
            var members = person.ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (run.Link && records[a].Side == records[b].Side)
                    {
                        continue;
                    }

                    truePairs++;
                    if (run.MsixIds[a] == run.MsixIds[b])
                    {
                        correct++;
                        surfaced++;
                    }
                    else if (run.NearMatches.Contains(LinkageRun.Ordered(run.MsixIds[a], run.MsixIds[b])))
                    {
                        surfaced++;
                    }
                }
            }
        }

        long predicted = 0;
        foreach (var cluster in Enumerable.Range(0, records.Count).GroupBy(i => run.MsixIds[i]))
        {
            if (run.Link)
            {
                long left = cluster.Count(i => records[i].Side == 0);
                predicted += left * (cluster.LongCount() - left);
            }
            else
            {
                var n = cluster.LongCount();
                predicted += n * (n - 1) / 2;
            }
        }

        var allPairs = run.Link
            ? (double)records.Count(r => r.Side == 0) * records.Count(r => r.Side == 1)
            : (double)records.Count * (records.Count - 1) / 2;
        return new LinkageMetrics(
            truePairs,
            predicted,
            correct,
            surfaced,
            truePairs == 0 ? 1 : (double)run.TruePairsBlocked / truePairs,
            allPairs == 0 ? 1 : 1 - (run.CandidatePairs / allPairs),
            100.0 * run.NearMatches.Count / records.Count);
    }
}
