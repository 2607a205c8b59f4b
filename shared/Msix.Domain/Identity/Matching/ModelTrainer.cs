using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Estimates a <see cref="MatchModel"/> from unlabelled records, as Splink does: u by counting levels on random
/// pairs; m by expectation maximisation with u fixed, in sessions whose pairs (of records from two States) are
/// chosen by a blocking rule (the fields the rule forces to agree, or implies, are not estimated in that session);
/// term frequencies by counting values; and the prior from the session blocked on birth date, scaled by the
/// share of matches that agree on birth date (estimated in the session blocked on names).
/// </summary>
public sealed class ModelTrainer(ComparisonSet comparisons, TrainingOptions options)
{
    private const string BirthDateRule = "same birth date";
    private const string NameRule = "same first name and surnames";

    /// <summary>The pairs whose records are brought into the cache together (<see cref="RecordWarmer"/>).</summary>
    private const int WarmBatch = 32;

    /// <summary>Estimates a model from <paramref name="records"/> (at least two).</summary>
    public MatchModel Train(IReadOnlyList<MatchRecord> records, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count < 2)
        {
            throw new ArgumentException("A model needs at least two records.", nameof(records));
        }

        return Train(records as MatchRecord[] ?? [.. records], version, now);
    }

    private MatchModel Train(MatchRecord[] records, int version, DateTimeOffset now)
    {
        var random = new Random(options.Seed);
        var (u, randomPairs) = EstimateU(records, random);
        var birthDate = comparisons.IndexOf("BirthDate");
        var firstName = comparisons.IndexOf("FirstName");
        var lastName = comparisons.IndexOf("LastName");

        var byDate = RunSession(BirthDateRule, records, r => r.BirthDate == 0 ? null : r.BirthDate.ToString(System.Globalization.CultureInfo.InvariantCulture), [birthDate], u, random);

        // Among records with the same names, strangers still agree on what names imply: the sex (a first name
        // is mostly a girl's or a boy's) and the parents' names (which carry the child's surnames). Those are
        // left out of the session blocked on names too, and taken from the session blocked on birth date.
        int[] impliedByNames = [firstName, lastName, comparisons.IndexOf("Sex"), comparisons.IndexOf("ParentNames")];
        var byName = RunSession(NameRule, records, r => r.FirstName.Length == 0 || r.LastNameCompact.Length == 0 ? null : r.FirstName + "|" + r.LastNameCompact, impliedByNames, u, random);

        var m = new double[comparisons.Count][];
        for (var i = 0; i < comparisons.Count; i++)
        {
            m[i] = i == birthDate ? byName.M[i]
                : impliedByNames.Contains(i) ? byDate.M[i]
                : Average(byDate.M[i], byName.M[i]);
        }

        // Matches in the birth-date blocks, over the share of all matches that agree on birth date, over the pairs
        // a match can be: records of two States (a State's two records are never linked automatically).
        var pairs = PairsAcrossStates(records);
        var matchesAgreeingOnDate = byDate.Summary.MatchShare * byDate.Summary.PairsInBlocks;
        var prior = Math.Clamp(matchesAgreeingOnDate / m[birthDate][BirthDateComparison.Exact] / pairs, 1 / pairs, 0.5);

        var parameters = new ComparisonParameters[comparisons.Count];
        for (var i = 0; i < comparisons.Count; i++)
        {
            var comparison = comparisons.Comparisons[i];
            parameters[i] = new ComparisonParameters(comparison.Name, [.. comparison.Levels.Select((level, l) => new LevelParameters(
                level.Name,
                Math.Round(m[i][l], 8),
                Math.Round(u[i][l], 10),
                level.TermFrequency ? CountTerms(records, comparison, l) : null))]);
        }

        return new MatchModel(MatchModel.IdOf(version), version, now, prior, parameters,
            new TrainingSummary(records.Length, randomPairs, [byDate.Summary, byName.Summary]));
    }

    private (double[][] U, long Pairs) EstimateU(MatchRecord[] records, Random random)
    {
        var totalPairs = (long)records.Length * (records.Length - 1) / 2;
        var pairs = (int)Math.Min(options.RandomPairs, totalPairs);

        // The pairs are drawn in order, so the same seed draws the same pairs; they are compared on every processor.
        var drawn = new (int A, int B)[pairs];
        for (var p = 0; p < pairs; p++)
        {
            var a = random.Next(records.Length);
            var b = random.Next(records.Length - 1);
            drawn[p] = (a, b >= a ? b + 1 : b);
        }

        var counts = NewCounts();
        CompareAll(records, drawn, () => NewCounts(), (local, levels) =>
        {
            for (var i = 0; i < levels.Length; i++)
            {
                local[i][levels[i]]++;
            }
        }, local =>
        {
            for (var i = 0; i < counts.Length; i++)
            {
                for (var level = 0; level < counts[i].Length; level++)
                {
                    counts[i][level] += local[i][level];
                }
            }
        });
        return (Smooth(counts), pairs);
    }

    /// <summary>
    /// Compares every pair on every processor: each worker folds its pairs' levels into state of its own, and the
    /// states are merged one at a time (the merge must not depend on their order).
    /// </summary>
    private void CompareAll<TState>(MatchRecord[] records, IReadOnlyList<(int A, int B)> pairs, Func<TState> start, FoldLevels<TState> fold, Action<TState> merge)
    {
        var gate = new Lock();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, pairs.Count, 4_096),
            start,
            (range, _, local) =>
            {
                Span<byte> levels = stackalloc byte[comparisons.Count];
                Span<int> batch = stackalloc int[2 * WarmBatch];
                for (var start = range.Item1; start < range.Item2; start += WarmBatch)
                {
                    // The pairs are random, their records far apart: a batch's records are fetched together first.
                    var end = Math.Min(start + WarmBatch, range.Item2);
                    for (var p = start; p < end; p++)
                    {
                        batch[2 * (p - start)] = pairs[p].A;
                        batch[(2 * (p - start)) + 1] = pairs[p].B;
                    }

                    RecordWarmer.Warm(records, batch[..(2 * (end - start))]);
                    for (var p = start; p < end; p++)
                    {
                        comparisons.Compare(records[pairs[p].A], records[pairs[p].B], levels);
                        fold(local, levels);
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    merge(local);
                }
            });
    }

    private delegate void FoldLevels<in TState>(TState state, ReadOnlySpan<byte> levels);

    private Session RunSession(string rule, MatchRecord[] records, Func<MatchRecord, string?> blockKey, int[] fixedComparisons, double[][] u, Random random)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            var key = blockKey(records[i]);
            if (key is null)
            {
                continue;
            }

            if (!blocks.TryGetValue(key, out var members))
            {
                blocks[key] = members = [];
            }

            members.Add(i);
        }

        // A block much larger than the usual one (the most common names in a large population) holds nearly only
        // non-matches that agree on more than random pairs do (families and regions share names), and its pairs
        // grow with the square of its size: it would drown the matches, and is left out.
        var usual = blocks.Count == 0 ? 0 : blocks.Values.Sum(m => (long)m.Count) / blocks.Count;
        var largest = Math.Max(options.MaxSessionBlock, 10 * usual);
        var usedBlocks = blocks.Values.Where(m => m.Count <= largest).ToList();
        // Only pairs of records from two States: a State's two records are never linked automatically, and two
        // records of one State with the same names or birth date are mostly two children (namesakes, twins),
        // who would otherwise pass for matches that disagree on the rest.
        long pairsInUsedBlocks = 0;
        var ofState = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var members in usedBlocks)
        {
            pairsInUsedBlocks += (long)members.Count * (members.Count - 1) / 2;
            ofState.Clear();
            foreach (var i in members)
            {
                ofState[records[i].State] = ofState.GetValueOrDefault(records[i].State) + 1;
            }

            foreach (var n in ofState.Values)
            {
                pairsInUsedBlocks -= (long)n * (n - 1) / 2;
            }
        }

        // Each pair is kept with one probability, independently, in order (the same seed keeps the same pairs): the
        // gaps between kept pairs are drawn, so the pairs passed over cost nothing. Pairs of one State are dropped.
        var keep = pairsInUsedBlocks <= options.MaxSessionPairs ? 1.0 : (double)options.MaxSessionPairs / pairsInUsedBlocks;
        var kept = new List<(int A, int B)>();
        var gap = Gap(random, keep);
        foreach (var members in usedBlocks)
        {
            for (var x = 0; x < members.Count - 1; x++)
            {
                // The pairs (x, y) for y after x, the next kept one `gap` pairs on.
                for (var y = x + 1 + gap; y < members.Count; y = x + 1 + gap)
                {
                    if (!string.Equals(records[members[x]].State, records[members[y]].State, StringComparison.Ordinal))
                    {
                        kept.Add((members[x], members[y]));
                    }

                    gap = y - x + Gap(random, keep);
                }

                gap -= members.Count - x - 1;
            }
        }

        // The kept pairs are compared on every processor; pairs with the same levels are counted once, with their number.
        var counted = new Dictionary<ulong, long>();
        CompareAll(records, kept, () => new Dictionary<ulong, long>(), (local, levels) =>
        {
            var pattern = Pack(levels);
            local[pattern] = local.GetValueOrDefault(pattern) + 1;
        }, local =>
        {
            foreach (var (pattern, count) in local)
            {
                counted[pattern] = counted.GetValueOrDefault(pattern) + count;
            }
        });
        long used = kept.Count;

        // In the order of the patterns themselves, so the estimate does not depend on which worker saw what first.
        var patterns = counted.OrderBy(p => p.Key).ToList();

        var estimated = new bool[comparisons.Count];
        for (var i = 0; i < estimated.Length; i++)
        {
            estimated[i] = !fixedComparisons.Contains(i);
        }

        var (m, share, iterations) = ExpectationMaximisation.Run(comparisons, [.. patterns.Select(p => (Unpack(p.Key), p.Value))], u, estimated, options.MaxIterations, options.Tolerance);
        return new Session(m, new TrainingSession(rule, used, pairsInUsedBlocks, iterations, Math.Round(share, 6)));
    }

    /// <summary>How many pairs to pass over before the next kept one, each pair being kept with probability <paramref name="keep"/>.</summary>
    private static int Gap(Random random, double keep) =>
        keep >= 1 ? 0 : (int)Math.Min(int.MaxValue / 2, Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - keep)));

    private TermFrequencyTable CountTerms(MatchRecord[] records, Comparison comparison, int level)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var record in records)
        {
            var value = comparison.TermOf(record, level);
            if (value.Length > 0)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
                total++;
            }
        }

        if (total == 0)
        {
            return new TermFrequencyTable(new Dictionary<string, double>(), 1);
        }

        var common = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(options.MaxTerms).ToList();
        var rare = common.Count < counts.Count ? (double)common[^1].Value / total : 1.0 / total;
        return new TermFrequencyTable(common.ToDictionary(c => c.Key, c => Math.Round((double)c.Value / total, 10), StringComparer.Ordinal), rare);
    }

    private long[][] NewCounts() => [.. comparisons.Comparisons.Select(c => new long[c.Levels.Count])];

    /// <summary>Shares of the non-missing pairs at each level, each count raised by one so no level has u = 0.</summary>
    /// <summary>Pairs of records from two different States; all pairs when every record comes from one State.</summary>
    private static double PairsAcrossStates(MatchRecord[] records)
    {
        var all = (double)records.Length * (records.Length - 1) / 2;
        var withinStates = records.GroupBy(r => r.State, StringComparer.Ordinal).Sum(g => (double)g.Count() * (g.Count() - 1) / 2);
        return all - withinStates > 0 ? all - withinStates : all;
    }

    private static double[][] Smooth(long[][] counts) =>
        [.. counts.Select(c =>
        {
            var total = c.Skip(1).Sum() + (c.Length - 1);
            return c.Select((n, level) => level == 0 ? 1.0 : (n + 1.0) / total).ToArray();
        })];

    private static double[] Average(double[] x, double[] y) => [.. x.Select((v, i) => (v + y[i]) / 2)];

    private static ulong Pack(ReadOnlySpan<byte> levels)
    {
        ulong packed = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            packed |= (ulong)levels[i] << (8 * i);
        }

        return packed;
    }

    private byte[] Unpack(ulong packed)
    {
        var levels = new byte[comparisons.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = (byte)(packed >> (8 * i));
        }

        return levels;
    }

    private sealed record Session(double[][] M, TrainingSession Summary);
}
