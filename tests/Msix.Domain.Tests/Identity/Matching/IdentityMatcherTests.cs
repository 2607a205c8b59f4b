using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class IdentityMatcherTests
{
    private static readonly IReadOnlyList<(MatchRecord Record, string TruthId)> Records = GeneratedRecords.Of(3_000, 11);
    private static readonly Lazy<MatchModel> Model = new(() => GeneratedRecords.ModelOf(Records));

    private static IdentityMatcher Matcher(MatchThresholds? thresholds = null) =>
        new(new MatchScorer(ComparisonSet.Default, Model.Value), thresholds ?? new MatchThresholds());

    private static MatchDecision Decide(MatchRecord record, params (MatchRecord Record, string MsixId)[] linked) =>
        Matcher().Decide(record, linked.Select(l => new MatchCandidate(l.Record, l.MsixId)));

    [Fact]
    public void The_same_child_from_another_State_with_accents_lost_and_only_the_paternal_surname_is_auto_linked()
    {
        var texas = Child.Record();
        var california = Child.Record(f => f with { FirstName = "JOSE", LastName1 = "GARCIA", LastName2 = null, Parent2FirstName = null }, state: "CA", id: "99");

        var decision = Decide(california, (texas, "100000000008"));

        Assert.Equal(MatchOutcome.AutoLink, decision.Outcome);
        Assert.Equal("100000000008", decision.Link!.MsixId);
        Assert.Equal(ComparisonSet.Default.Count, decision.Link.Evidence.Fields.Count);
        Assert.Equal(decision.Link.Evidence.PriorWeight + decision.Link.Evidence.Fields.Sum(f => f.Weight), decision.Link.Evidence.Weight, 2);
        Assert.Equal(1, decision.Link.Evidence.ModelVersion);
    }

    [Fact]
    public void A_sibling_born_a_year_later_is_not_linked()
    {
        var sibling = Child.Record(f => f with { FirstName = "Juan", MiddleName = null, BirthDate = 20160520 }, state: "CA", id: "7");

        var decision = Decide(sibling, (Child.Record(), "100000000008"));

        Assert.NotEqual(MatchOutcome.AutoLink, decision.Outcome);
    }

    [Fact]
    public void Twins_are_never_auto_linked_to_each_other()
    {
        var twin = Child.Record(f => f with { MultipleBirth = true });
        var other = Child.Record(f => f with { MultipleBirth = true, FirstName = "Josué", MiddleName = "Luis" }, state: "CA", id: "2");

        var decision = Decide(other, (twin, "100000000008"));

        Assert.Equal(MatchOutcome.NearMatch, decision.Outcome);
        Assert.Contains("twins", Assert.Single(decision.NearMatches).Hold, StringComparison.Ordinal);
    }

    [Fact]
    public void Twins_without_the_multiple_birth_flag_are_known_by_their_parents_and_never_auto_linked()
    {
        var texas = Child.Record();
        var california = Child.Record(f => f with { FirstName = "Emilio", MiddleName = null, Sex = null }, state: "CA", id: "2");

        var decision = Decide(california, (texas, "100000000008"));

        Assert.Equal(MatchOutcome.NearMatch, decision.Outcome);
        Assert.Contains("twins, even without the multiple-birth flag", Assert.Single(decision.NearMatches).Hold, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_parents_a_different_first_name_under_one_surname_and_birth_date_is_weighed_not_held()
    {
        static MatchFields WithoutParents(MatchFields f) => f with { Parent1FirstName = null, Parent1LastName = null, Parent2FirstName = null, Parent2LastName = null };
        var texas = Child.Record(WithoutParents);
        var california = Child.Record(f => WithoutParents(f) with { FirstName = "Emilio", MiddleName = null, Sex = null }, state: "CA", id: "2");

        var decision = Decide(california, (texas, "100000000008"));

        Assert.NotEqual(MatchOutcome.NewIdentity, decision.Outcome);
        Assert.Equal("", (decision.Link ?? decision.NearMatches[0]).Hold);
    }

    [Fact]
    public void A_twin_recorded_by_two_States_with_the_same_first_name_is_linked()
    {
        var texas = Child.Record(f => f with { MultipleBirth = true });
        var california = Child.Record(f => f with { MultipleBirth = true, LastName2 = null }, state: "CA", id: "2");

        Assert.Equal(MatchOutcome.AutoLink, Decide(california, (texas, "100000000008")).Outcome);
    }

    [Fact]
    public void Two_records_of_one_State_with_different_State_IDs_are_never_auto_linked()
    {
        var first = Child.Record(id: "1");
        var second = Child.Record(id: "2");

        var decision = Decide(second, (first, "100000000008"));

        Assert.Equal(MatchOutcome.NearMatch, decision.Outcome);
        Assert.Contains("State ID belongs to one child", decision.NearMatches[0].Hold, StringComparison.Ordinal);
    }

    [Fact]
    public void An_MSIX_ID_that_holds_another_record_of_the_State_is_held_back_even_when_that_record_was_not_a_candidate()
    {
        var texas = Child.Record();
        var california = Child.Record(state: "CA", id: "2");

        var decision = Matcher().Decide(california, [new MatchCandidate(texas, "100000000008")], (msixId, record) => record.State == "CA");

        Assert.Equal(MatchOutcome.NearMatch, decision.Outcome);
    }

    [Fact]
    public void A_stranger_gets_a_new_identity_and_no_near_match()
    {
        var stranger = Child.Record(f => f with
        {
            FirstName = "Emily", MiddleName = null, LastName1 = "Nguyen", LastName2 = null, BirthDate = 20110902, Sex = "F",
            BirthCity = "Houston", BirthCountry = "US", Parent1FirstName = "Thanh", Parent1LastName = "Nguyen", Parent2FirstName = null, Parent2LastName = null,
        }, state: "CA", id: "5");

        var decision = Decide(stranger, (Child.Record(), "100000000008"));

        Assert.Equal(MatchOutcome.NewIdentity, decision.Outcome);
        Assert.Empty(decision.NearMatches);
    }

    [Fact]
    public void The_record_itself_is_not_its_own_candidate()
    {
        var record = Child.Record();

        Assert.Equal(MatchOutcome.NewIdentity, Decide(record, (record, "100000000008")).Outcome);
    }

    [Fact]
    public void Generated_children_over_three_States_are_linked_with_high_precision_and_recall()
    {
        // Double surnames dropped or reordered, accents lost, nicknames, typos, twins and siblings, movers.
        var matcher = Matcher();
        var index = new InMemoryMatchIndex(new MatchThresholds().MaxBlockSize);
        var msixIds = new string[Records.Count];
        for (var i = 0; i < Records.Count; i++)
        {
            var record = Records[i].Record;
            var decision = matcher.Decide(record, index.Candidates(record).Select(c => new MatchCandidate(index.RecordAt(c), index.MsixIdAt(c))), index.HoldsOtherRecordOfState);
            msixIds[i] = decision.Outcome == MatchOutcome.AutoLink ? decision.Link!.MsixId : $"M{i}";
            index.Add(record, msixIds[i]);
        }

        long truePairs = 0, predicted = 0, correct = 0;
        for (var i = 0; i < Records.Count; i++)
        {
            for (var j = i + 1; j < Records.Count; j++)
            {
                var same = Records[i].TruthId == Records[j].TruthId;
                var linked = msixIds[i] == msixIds[j];
                truePairs += same ? 1 : 0;
                predicted += linked ? 1 : 0;
                correct += same && linked ? 1 : 0;
            }
        }

        Assert.True(truePairs > 300, $"only {truePairs} true pairs were generated");
        var precision = (double)correct / predicted;
        var recall = (double)correct / truePairs;
        Assert.True(precision >= 0.995, $"precision {precision:F4} ({predicted - correct} false links)");
        Assert.True(recall >= 0.85, $"recall {recall:F4} ({truePairs - correct} missed of {truePairs})");
    }
}
