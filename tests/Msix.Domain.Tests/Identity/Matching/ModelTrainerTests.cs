using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class ModelTrainerTests
{
    private static readonly IReadOnlyList<(MatchRecord Record, string TruthId)> Records = GeneratedRecords.Of(3_000, 11);

    [Fact]
    public void Agreement_is_estimated_far_likelier_among_matches_than_among_random_pairs()
    {
        var model = GeneratedRecords.ModelOf(Records);

        foreach (var (name, level) in new[] { ("FirstName", FirstNameComparison.Exact), ("LastName", LastNameComparison.Exact), ("BirthDate", BirthDateComparison.Exact) })
        {
            var parameters = model.Comparisons.Single(c => c.Name == name).Levels[level];
            Assert.True(parameters.M > 0.5, $"{name}: m of exact agreement is {parameters.M}");
            Assert.True(parameters.M / parameters.U > 50, $"{name}: m/u of exact agreement is {parameters.M / parameters.U}");
        }

        var different = model.Comparisons.Single(c => c.Name == "BirthDate").Levels[BirthDateComparison.Else];
        Assert.True(different.M < different.U, "a different birth date must be evidence against a match");
    }

    [Fact]
    public void The_prior_is_estimated_near_the_true_share_of_matching_pairs()
    {
        var model = GeneratedRecords.ModelOf(Records);

        // A child's records come from different States, so the share is of the pairs across States.
        long truePairs = Records.GroupBy(r => r.TruthId).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var trueShare = truePairs / PairsAcrossStates(Records.Select(r => r.Record.State).ToList());
        Assert.InRange(model.Prior, trueShare / 3, trueShare * 3);
    }

    [Theory]
    [InlineData("two States")]
    [InlineData("each record its own State")]
    public void The_prior_is_the_share_of_matches_among_the_pairs_of_two_States_a_link_can_join(string labelling)
    {
        // The same records, sent as if by two States taking turns, or each by a State of its own.
        var records = Records.Select((r, i) => (Record: r.Record with
        {
            State = labelling == "two States" ? (i % 2 == 0 ? "TX" : "CA") : "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, r.TruthId)).ToList();
        var model = new ModelTrainer(ComparisonSet.Default, new TrainingOptions()).Train([.. records.Select(r => r.Record)], 1, DateTimeOffset.UnixEpoch);

        // Only the matching pairs of two States count, over the pairs of two States.
        double matchesAcross = records.GroupBy(r => r.TruthId)
            .Sum(g => PairsAcrossStates([.. g.Select(r => r.Record.State)]));
        var share = matchesAcross / PairsAcrossStates([.. records.Select(r => r.Record.State)]);

        // Within half as much again either way: counting the pairs of one State too would be off by about two.
        Assert.InRange(model.Prior, share / 1.5, share * 1.5);
    }

    private static double PairsAcrossStates(List<string> states) =>
        ((double)states.Count * (states.Count - 1) / 2) - states.GroupBy(s => s).Sum(g => (double)g.Count() * (g.Count() - 1) / 2);

    [Theory]
    [InlineData(100)]
    [InlineData(500)]
    public void A_session_past_its_most_pairs_keeps_a_sample_of_that_many_pairs_of_two_States(int most)
    {
        var options = new TrainingOptions { RandomPairs = 10_000, MaxSessionPairs = most };
        var model = new ModelTrainer(ComparisonSet.Default, options).Train([.. Records.Select(r => r.Record)], 1, DateTimeOffset.UnixEpoch);

        var byDate = model.Training.Sessions[0];
        Assert.True(byDate.PairsInBlocks > 2 * most, $"the session must have more pairs than it keeps: {byDate.PairsInBlocks}");

        // Each pair of two States is kept with probability most / pairs: about `most` are kept (four standard deviations).
        var deviation = 4 * Math.Sqrt(most);
        Assert.InRange(byDate.Pairs, most - deviation, most + deviation);
    }

    [Fact]
    public void The_same_records_and_seed_give_the_same_model()
    {
        var first = GeneratedRecords.ModelOf(Records);
        var second = GeneratedRecords.ModelOf(Records);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first with { EstimatedAt = default }, MsixJson.Options), System.Text.Json.JsonSerializer.Serialize(second with { EstimatedAt = default }, MsixJson.Options));
    }

    [Fact]
    public void A_common_surname_is_weaker_evidence_than_a_rare_one()
    {
        var model = GeneratedRecords.ModelOf(Records);
        var terms = model.Comparisons.Single(c => c.Name == "LastName").Levels[LastNameComparison.Exact].Terms!;
        var common = terms.Frequencies.MaxBy(t => t.Value).Key;
        var scorer = new MatchScorer(ComparisonSet.Default, model);

        var commonPair = scorer.Weigh(Child.Record(f => f with { LastName1 = common, LastName2 = null }), Child.Record(f => f with { LastName1 = common, LastName2 = null }, id: "2"));
        var rarePair = scorer.Weigh(Child.Record(f => f with { LastName1 = "Zubizarreta", LastName2 = null }), Child.Record(f => f with { LastName1 = "Zubizarreta", LastName2 = null }, id: "2"));

        Assert.True(rarePair > commonPair + 2, $"{common}: {commonPair:F1} bits; Zubizarreta: {rarePair:F1} bits");
    }
}
