using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Expectation maximisation of m and of the share of matches over pairs of records, with u fixed: each pair
/// is given the probability that it is a match under the current m, then each m is the expected share of
/// matches at its level. Missing levels are left out of both steps.
/// </summary>
internal static class ExpectationMaximisation
{
    public static (double[][] M, double MatchShare, int Iterations) Run(
        ComparisonSet comparisons,
        IReadOnlyList<(byte[] Levels, long Count)> patterns,
        double[][] u,
        bool[] estimated,
        int maxIterations,
        double tolerance)
    {
        var m = Initial(comparisons);
        var share = 0.5;
        var iterations = 0;
        var total = patterns.Sum(p => p.Count);
        if (total == 0)
        {
            return (m, 0, 0);
        }

        while (iterations < maxIterations)
        {
            iterations++;
            var sums = comparisons.Comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            double matches = 0;
            foreach (var (levels, count) in patterns)
            {
                double matchOdds = share / (1 - share);
                for (var i = 0; i < levels.Length; i++)
                {
                    if (estimated[i] && levels[i] != 0)
                    {
                        matchOdds *= m[i][levels[i]] / u[i][levels[i]];
                    }
                }

                var p = double.IsPositiveInfinity(matchOdds) ? 1 : matchOdds / (1 + matchOdds);
                matches += p * count;
                for (var i = 0; i < levels.Length; i++)
                {
                    sums[i][levels[i]] += p * count;
                }
            }

            var change = 0.0;
            for (var i = 0; i < m.Length; i++)
            {
                if (!estimated[i])
                {
                    continue;
                }

                var nonMissing = sums[i].Skip(1).Sum();
                for (var level = 1; level < m[i].Length; level++)
                {
                    // A level no match reached keeps a small m, so that its weight stays finite.
                    var next = nonMissing > 0 ? Math.Max(sums[i][level] / nonMissing, 1e-6) : m[i][level];
                    change = Math.Max(change, Math.Abs(next - m[i][level]));
                    m[i][level] = next;
                }
            }

            var nextShare = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(nextShare - share));
            share = nextShare;
            if (change < tolerance)
            {
                break;
            }
        }

        return (m, share, iterations);
    }

    /// <summary>A start that trusts agreement: the first level takes most of m, the others less and less.</summary>
    private static double[][] Initial(ComparisonSet comparisons) =>
        [.. comparisons.Comparisons.Select(c =>
        {
            var levels = c.Levels.Count;
            var m = new double[levels];
            m[0] = 1;
            var remaining = 1.0;
            for (var level = 1; level < levels; level++)
            {
                m[level] = level == levels - 1 ? remaining : remaining * 0.7;
                remaining -= m[level];
            }

            return m;
        })];
}
