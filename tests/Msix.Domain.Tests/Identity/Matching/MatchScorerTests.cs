using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Tests.Identity.Matching;

/// <summary>Letting a pair go early changes no weight that could count.</summary>
public sealed class MatchScorerTests
{
    private static readonly IReadOnlyList<(MatchRecord Record, string TruthId)> Records = GeneratedRecords.Of(3_000, 11);
    private static readonly MatchScorer Scorer = new(ComparisonSet.Default, GeneratedRecords.ModelOf(Records));

    /// <summary>Each record against the records that share a blocking key with it, as the matcher finds them.</summary>
    private static IEnumerable<(MatchRecord A, MatchRecord B)> BlockedPairs()
    {
        var byKey = new Dictionary<string, List<MatchRecord>>(StringComparer.Ordinal);
        foreach (var (record, _) in Records)
        {
            foreach (var key in BlockingKeys.Of(record))
            {
                if (!byKey.TryGetValue(key, out var block))
                {
                    byKey[key] = block = [];
                }

                if (block.Count < 40)
                {
                    foreach (var other in block)
                    {
                        yield return (record, other);
                    }

                    block.Add(record);
                }
            }
        }
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.999)]
    [InlineData(0.5)]
    public void A_pair_at_or_above_the_floor_weighs_exactly_what_it_weighs_in_full_and_any_other_stays_below(double probability)
    {
        var floor = MatchScorer.WeightOf(probability);
        int above = 0, letGo = 0;
        RecordScorer? scorer = null;
        foreach (var (a, b) in BlockedPairs())
        {
            // One scorer per record, reused for all its candidates, as the matcher does.
            scorer = ReferenceEquals(scorer?.Record, a) ? scorer : Scorer.For(a);
            var full = Scorer.Weigh(a, b);
            var early = scorer.WeighAtLeast(b, floor);
            if (full >= floor)
            {
                Assert.Equal(full, early);
                above++;
            }
            else
            {
                Assert.True(early < floor, $"a pair of weight {full} came back as {early} for the floor {floor}");
                letGo += double.IsNegativeInfinity(early) ? 1 : 0;
            }
        }

        Assert.True(above > 100, $"only {above} pairs reached the floor");
        Assert.True(letGo > 1_000, $"only {letGo} pairs were let go early");
    }

    [Fact]
    public void With_no_floor_every_pair_is_weighed_in_full()
    {
        foreach (var (a, b) in BlockedPairs().Take(5_000))
        {
            Assert.Equal(Scorer.Weigh(a, b), Scorer.WeighAtLeast(a, b, double.NegativeInfinity));
        }
    }
}
