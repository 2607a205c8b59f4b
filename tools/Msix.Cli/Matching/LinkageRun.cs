using System.Diagnostics;
using System.Runtime.InteropServices;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Cli.Matching;

/// <summary>
/// Runs records through the matcher in order, as the exchange consolidates them: a model is estimated from the
/// records (without their truth), then each record is matched against the records before it (found by
/// blocking keys) and auto-linked, given a new MSIX ID with near matches, or given a new MSIX ID.
/// </summary>
internal sealed class LinkageRun
{
    private LinkageRun(IReadOnlyList<LabelledRecord> records, bool link)
    {
        Records = records;
        Link = link;
        MsixIds = new string[records.Count];
    }

    /// <summary>The records in the order they were matched.</summary>
    public IReadOnlyList<LabelledRecord> Records { get; }

    /// <summary>True when linking two files (only pairs across them count), false when deduplicating one.</summary>
    public bool Link { get; }

    /// <summary>The MSIX ID each record ended with.</summary>
    public string[] MsixIds { get; }

    /// <summary>The near matches: pairs of MSIX IDs a person is asked about.</summary>
    public HashSet<(string, string)> NearMatches { get; } = [];

    /// <summary>Candidate pairs compared (across the two files when linking).</summary>
    public long CandidatePairs { get; private set; }

    /// <summary>True pairs whose earlier record was among the later one's candidates.</summary>
    public long TruePairsBlocked { get; private set; }

    /// <summary>
    /// Records proposed as near matches whose best candidate was the same person, each with that candidate and
    /// why it was not auto-linked: the hold that kept it back, or its score below the auto-link threshold.
    /// </summary>
    public List<HeldTruePair> HeldTruePairs { get; } = [];

    /// <summary>Near matches proposed between records of two different people: the records' indexes in the run.</summary>
    public List<(int Earlier, int Later)> FalseNearMatches { get; } = [];

    public MatchModel Model { get; private set; } = null!;

    public TimeSpan TrainingTime { get; private set; }

    public TimeSpan MatchingTime { get; private set; }

    /// <summary>Of <see cref="MatchingTime"/>: the blocking keys and their blocks.</summary>
    public TimeSpan BlockingTime { get; private set; }

    /// <summary>Of <see cref="MatchingTime"/>: weighing every record against its candidates.</summary>
    public TimeSpan WeighingTime { get; private set; }

    public static LinkageRun Execute(IReadOnlyList<LabelledRecord> records, bool link, MatchThresholds thresholds, TrainingOptions training)
    {
        var run = new LinkageRun(records, link);
        var clock = Stopwatch.StartNew();
        run.Model = new ModelTrainer(ComparisonSet.Default, training).Train(records.Select(r => r.Record).ToArray(), 1, DateTimeOffset.UtcNow);
        run.TrainingTime = clock.Elapsed;
        clock.Restart();
        run.Match(new IdentityMatcher(new MatchScorer(ComparisonSet.Default, run.Model), thresholds), thresholds);
        run.MatchingTime = clock.Elapsed;
        return run;
    }

    /// <summary>
    /// Weighs every record against the records before it that share a blocking key, on every processor (keys
    /// depend on the records alone, not on the decisions), then decides record by record in order, as the
    /// exchange would have: each decision sees the MSIX IDs given to the records before it.
    /// </summary>
    private void Match(IdentityMatcher matcher, MatchThresholds thresholds)
    {
        var clock = Stopwatch.StartNew();

        // Each record's blocking keys, hashed once (on every processor) for the blocks and for the candidates.
        var keys = new ulong[Records.Count][];
        Parallel.For(0, Records.Count, i => keys[i] = [.. BlockingKeys.Of(Records[i].Record).Select(BlockingKeys.Hash)]);
        var blocks = BlockIndex.Of(keys);
        BlockingTime = clock.Elapsed;
        var nearWeight = MatchScorer.WeightOf(thresholds.NearMatchProbability);

        // The records and their sides as plain arrays: the inner loop reads them for every candidate pair.
        var records = Records.Select(r => r.Record).ToArray();
        var sides = Records.Select(r => r.Side).ToArray();
        var weighed = new (int Index, double Weight)[Records.Count][];
        var recordsOfPerson = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < Records.Count; j++)
        {
            if (!recordsOfPerson.TryGetValue(Records[j].TruthId, out var ofPerson))
            {
                recordsOfPerson[Records[j].TruthId] = ofPerson = [];
            }

            ofPerson.Add(j);
        }

        long candidatePairs = 0, truePairsBlocked = 0;

        // Each worker marks the candidates it has seen in an array as long as the records; a few are shared out.
        var marks = new System.Collections.Concurrent.ConcurrentBag<int[]>();
        Parallel.For(
            0,
            Records.Count,
            () => (Seen: marks.TryTake(out var kept) ? kept : new int[Records.Count], Stamp: 0, Pairs: 0L, Blocked: 0L, Candidates: new List<int>()),
            (j, _, local) =>
            {
                var side = sides[j];
                local.Stamp++;
                var candidates = local.Candidates;
                candidates.Clear();
                foreach (var key in keys[j])
                {
                    // The records before this one in the block; a block already too common is not used.
                    var block = blocks[key];
                    var before = block.BinarySearch(j);
                    before = before >= 0 ? before : ~before;
                    if (before > thresholds.MaxBlockSize)
                    {
                        continue;
                    }

                    for (var k = 0; k < before; k++)
                    {
                        var i = block[k];
                        if (local.Seen[i] != local.Stamp)
                        {
                            local.Seen[i] = local.Stamp;
                            candidates.Add(i);
                        }
                    }
                }

                RecordWarmer.Warm(records, CollectionsMarshal.AsSpan(candidates));
                var weigher = matcher.Scorer.For(records[j]);
                var found = new List<(int, double)>();
                foreach (var i in candidates)
                {
                    if (!Link || sides[i] != side)
                    {
                        local.Pairs++;
                    }

                    var weight = weigher.WeighAtLeast(records[i], nearWeight);
                    if (weight >= nearWeight)
                    {
                        found.Add((i, weight));
                    }
                }

                foreach (var i in recordsOfPerson[Records[j].TruthId])
                {
                    if (i < j && local.Seen[i] == local.Stamp && (!Link || sides[i] != side))
                    {
                        local.Blocked++;
                    }
                }

                weighed[j] = [.. found];
                return local;
            },
            local =>
            {
                Array.Clear(local.Seen);
                marks.Add(local.Seen);
                Interlocked.Add(ref candidatePairs, local.Pairs);
                Interlocked.Add(ref truePairsBlocked, local.Blocked);
            });
        CandidatePairs = candidatePairs;
        TruePairsBlocked = truePairsBlocked;
        WeighingTime = clock.Elapsed - BlockingTime;

        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        bool HoldsOtherRecordOfState(string msixId, MatchRecord record) =>
            members.TryGetValue(msixId, out var held) && held.Exists(i => Records[i].Record.State == record.State && Records[i].Record.Key != record.Key);

        for (var j = 0; j < Records.Count; j++)
        {
            var record = Records[j].Record;
            var decision = matcher.Decide(
                record,
                weighed[j].Select(w => new WeighedCandidate(new MatchCandidate(Records[w.Index].Record, MsixIds[w.Index]), w.Weight)),
                HoldsOtherRecordOfState);
            if (decision.Outcome == MatchOutcome.NearMatch)
            {
                var top = decision.NearMatches[0];
                var topIndex = Array.Find(weighed[j], w => Records[w.Index].Record.Key == top.Key).Index;
                if (Records[topIndex].TruthId == Records[j].TruthId)
                {
                    HeldTruePairs.Add(new HeldTruePair(topIndex, j, top.Hold.Length > 0 ? top.Hold : "The score is below the auto-link threshold."));
                }
            }

            var msixId = decision.Outcome == MatchOutcome.AutoLink ? decision.Link!.MsixId : Invariant($"M{j}");
            foreach (var near in decision.NearMatches)
            {
                NearMatches.Add(Ordered(msixId, near.MsixId));
                var nearIndex = Array.Find(weighed[j], w => Records[w.Index].Record.Key == near.Key).Index;
                if (Records[nearIndex].TruthId != Records[j].TruthId)
                {
                    FalseNearMatches.Add((nearIndex, j));
                }
            }

            MsixIds[j] = msixId;
            if (!members.TryGetValue(msixId, out var held))
            {
                members[msixId] = held = [];
            }

            held.Add(j);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static (string, string) Ordered(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
}
