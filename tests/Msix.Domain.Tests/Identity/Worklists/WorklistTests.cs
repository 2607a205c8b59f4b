using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Identity.Worklists;

public sealed class WorklistTests
{
    private readonly ConsolidationTestbed _bed = new();
    private readonly InMemoryDocumentStore<ConsolidatedRecord> _records;
    private readonly InMemoryDocumentStore<IdentityLink> _links;
    private readonly SettableTime _time;
    private readonly TestIdentityResolver _identity;

    public WorklistTests()
    {
        (_records, _links, _time, _identity) = (_bed.Records, _bed.Links, _bed.Time, _bed.Identity);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The test child, born on <paramref name="born"/>, enrolled on <paramref name="enrolled"/>.</summary>
    private static ChildRecord Child(string id, DateOnly born, DateOnly enrolled)
    {
        var child = TestRecords.Child(id);
        return child with
        {
            Demographics = child.Demographics! with { BirthDate = born },
            Enrollments = [child.Enrollments[0] with { EnrollmentDate = enrolled }],
        };
    }

    private Task<string> ConsolidateAsync(string state, ChildRecord record) => _bed.ConsolidateAsync(state, record);

    /// <summary>A TX record and a CA record that agree on everything but the birth date: a near match.</summary>
    private async Task<(string Texas, string California, NearMatchItem Item)> NearMatchAsync()
    {
        var texas = await ConsolidateAsync("TX", Child("T1", new DateOnly(2011, 3, 9), new DateOnly(2025, 8, 25)));
        var california = await ConsolidateAsync("CA", Child("C1", new DateOnly(2013, 5, 20), new DateOnly(2026, 9, 1)));
        var list = await _identity.Worklist.ListAsync("CA", Ct);
        return (texas, california, Assert.Single(list.NearMatches).Item);
    }

    [Fact]
    public async Task A_near_match_gets_a_new_msix_id_and_goes_to_the_State_of_the_latest_enrolment_with_its_evidence()
    {
        var (texas, california, item) = await NearMatchAsync();

        Assert.NotEqual(texas, california);
        Assert.Equal("CA", item.RoutedTo);
        Assert.Equal((california, texas), (item.MsixId, item.CandidateMsixId));
        Assert.Contains("birth dates differ", item.Hold, StringComparison.Ordinal);
        Assert.Contains(item.Evidence.Fields, f => f.Comparison == "BirthDate");
        Assert.Empty((await _identity.Worklist.ListAsync("TX", Ct)).NearMatches);
        Assert.Equal(IdentityLink.NearMatchMethod, (await _links.ReadAsync("CA-C1", Ct))!.Document.Method);
    }

    [Fact]
    public async Task An_item_not_worked_in_the_configured_days_escalates_and_its_age_is_shown()
    {
        await NearMatchAsync();

        _time.Now = _time.Now.AddDays(3);
        var young = Assert.Single((await _identity.Worklist.ListAsync("CA", Ct)).NearMatches);
        _time.Now = _time.Now.AddDays(8);
        var old = Assert.Single((await _identity.Worklist.ListAsync("CA", Ct)).NearMatches);

        Assert.Equal((3, false), (young.AgeDays, young.Escalated));
        Assert.Equal((11, true), (old.AgeDays, old.Escalated));
    }

    [Fact]
    public async Task A_rejected_pair_leaves_the_worklist_and_is_never_linked_or_proposed_again()
    {
        var texas = await ConsolidateAsync("TX", Child("T1", new DateOnly(2011, 3, 9), new DateOnly(2025, 8, 25)));
        var (_, _, item) = await NearMatchAsync();
        var rejected = await _identity.Worklist.RejectAsync(item.Id, "ana@ca", Ct);
        Assert.Equal(["rejected"], rejected.History.Select(h => h.Action));
        Assert.Empty((await _identity.Worklist.ListAsync("CA", Ct)).NearMatches);

        // A pair kept apart before it meets (as a split leaves it) is not linked even when it would be.
        var sameChild = Child("T9", new DateOnly(2011, 3, 9), new DateOnly(2025, 8, 25));
        await _identity.Items.UpsertAsync(rejected with { Id = NearMatchItem.IdOf("FL-F1", "TX-T1"), RecordKey = "FL-F1", CandidateKey = "TX-T1" }, Ct);
        var florida = await ConsolidateAsync("FL", sameChild with { StateStudentId = "F1" });

        Assert.NotEqual(texas, florida);
        Assert.DoesNotContain((await _identity.Worklist.ListAsync("FL", Ct)).NearMatches, n => n.Item.CandidateKey == "TX-T1");
        Assert.Equal(NearMatchStatus.Rejected, (await _identity.Worklist.GetAsync(item.Id, Ct)).Status);
        await Assert.ThrowsAsync<IdentityWorkException>(() => _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct));
    }

    [Fact]
    public async Task A_confirmed_near_match_merges_only_when_a_second_administrator_validates_it()
    {
        var (texas, california, item) = await NearMatchAsync();

        var merge = await _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct);
        Assert.Equal((IdentityChangeKind.Merge, texas, california, IdentityChangeStatus.Proposed), (merge.Kind, merge.MsixId, merge.Other, merge.Status));
        Assert.Empty((await _identity.Worklist.ListAsync("CA", Ct)).NearMatches);
        Assert.Single((await _identity.Worklist.ListAsync("CA", Ct)).Changes);
        Assert.Single((await _records.ReadAsync(california, Ct))!.Document.Contributions);

        var same = await Assert.ThrowsAsync<IdentityWorkException>(() => _identity.Changes.ValidateAsync(merge.Id, "ana@ca", Ct));
        Assert.Equal(IdentityWorkProblem.Conflict, same.Problem);

        var done = await _identity.Changes.ValidateAsync(merge.Id, "luis@ca", Ct);
        Assert.Equal(IdentityChangeStatus.Done, done.Status);
        Assert.Equal(["proposed", "validated"], done.History.Select(h => h.Action));
        Assert.Empty((await _identity.Worklist.ListAsync("CA", Ct)).Changes);

        var reader = new StudentRecordReader(_records, _links);
        var view = await reader.GetAsync(california, Ct);
        Assert.Equal(texas, view!.MsixId);
        Assert.Equal(["CA", "TX"], view.Contributions.Select(c => c.State).Order());
        Assert.Equal(texas, (await _links.ReadAsync("CA-C1", Ct))!.Document.MsixId);
        Assert.Equal(texas, (await _records.ReadAsync(california, Ct))!.Document.AliasOf);

        // Confirmed or validated again, or a new CA submission of the record: nothing changes, the record stays merged.
        Assert.Equal(IdentityChangeStatus.Done, (await _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct)).Status);
        Assert.Equal(IdentityChangeStatus.Done, (await _identity.Changes.ValidateAsync(merge.Id, "luis@ca", Ct)).Status);
        Assert.Equal(texas, await ConsolidateAsync("CA", Child("C1", new DateOnly(2013, 5, 20), new DateOnly(2026, 9, 1)) with { AsOf = TestRecords.AsOf.AddDays(2) }));
        Assert.Equal(2, (await _records.ReadAsync(texas, Ct))!.Document.Contributions.Count);
    }

    [Fact]
    public async Task A_split_moves_one_States_record_to_a_new_msix_id_and_keeps_it_apart()
    {
        var (texas, _, item) = await NearMatchAsync();
        var merge = await _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct);
        await _identity.Changes.ValidateAsync(merge.Id, "luis@ca", Ct);

        var split = await _identity.Changes.ProposeSplitAsync(texas, "CA-C1", "luis@ca", Ct);
        Assert.Single((await _records.ReadAsync(texas, Ct))!.Document.Contributions, c => c.State == "CA");
        var done = await _identity.Changes.ValidateAsync(split.Id, "ana@ca", Ct);

        var newId = done.NewMsixId!;
        Assert.True(MsixId.IsValid(newId));
        Assert.Equal(["TX"], (await _records.ReadAsync(texas, Ct))!.Document.Contributions.Select(c => c.State));
        Assert.Equal(["CA"], (await _records.ReadAsync(newId, Ct))!.Document.Contributions.Select(c => c.State));
        Assert.Equal(newId, (await _links.ReadAsync("CA-C1", Ct))!.Document.MsixId);
        Assert.Equal(NearMatchStatus.Rejected, (await _identity.Worklist.GetAsync(NearMatchItem.IdOf("CA-C1", "TX-T1"), Ct)).Status);
        Assert.Equal(newId, (await _identity.Changes.ValidateAsync(split.Id, "ana@ca", Ct)).NewMsixId);
    }

    [Fact]
    public async Task After_a_merge_and_a_split_each_record_holds_copies_of_its_links_as_they_now_are()
    {
        var (texas, _, item) = await NearMatchAsync();
        var merge = await _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct);
        await _identity.Changes.ValidateAsync(merge.Id, "luis@ca", Ct);

        var merged = (await _records.ReadAsync(texas, Ct))!.Document;
        Assert.Equal(IdentityLink.MergedMethod, merged.LinkCopyOf("CA-C1")!.Method);
        Assert.NotNull(merged.LinkCopyOf("TX-T1"));
        var links = new CountingStore<IdentityLink>(_links);
        var view = await new StudentRecordReader(_records, links).GetAsync(texas, Ct);
        Assert.Equal((0, 2), (links.Reads, view!.Contributions.Count(c => c.Link is not null)));

        var split = await _identity.Changes.ProposeSplitAsync(texas, "CA-C1", "luis@ca", Ct);
        var newId = (await _identity.Changes.ValidateAsync(split.Id, "ana@ca", Ct)).NewMsixId!;

        Assert.Equal(["TX-T1"], (await _records.ReadAsync(texas, Ct))!.Document.Links!.Select(l => l.Id));
        var moved = Assert.Single((await _records.ReadAsync(newId, Ct))!.Document.Links!);
        Assert.Equal((newId, IdentityLink.SplitMethod), (moved.MsixId, moved.Method));
    }

    [Fact]
    public async Task Two_administrators_validating_one_merge_at_the_same_moment_carry_it_out_once()
    {
        var (texas, california, item) = await NearMatchAsync();
        var merge = await _identity.Worklist.ConfirmAsync(item.Id, "ana@ca", null, Ct);

        var results = await Task.WhenAll(
            Task.Run(() => _identity.Changes.ValidateAsync(merge.Id, "luis@ca", Ct), Ct),
            Task.Run(() => _identity.Changes.ValidateAsync(merge.Id, "rosa@ca", Ct), Ct));

        Assert.All(results, r => Assert.Equal(IdentityChangeStatus.Done, r.Status));
        Assert.Equal(2, (await _records.ReadAsync(texas, Ct))!.Document.Contributions.Count);
        Assert.Equal(texas, (await _records.ReadAsync(california, Ct))!.Document.AliasOf);
    }

    [Fact]
    public async Task Near_matches_lost_to_a_crash_after_the_link_are_proposed_on_redelivery()
    {
        var (_, _, item) = await NearMatchAsync();

        // The same links and records, but worklists that never got the item: as if the consumer had died
        // after writing the link. The message is delivered again.
        var again = new TestIdentityResolver(_links, _records, _bed.Contributions, _time);
        await new ConsolidationService(_bed.Contributions, _records, again.Resolver, _bed.Notices.Service, _time, NullLogger<ConsolidationService>.Instance)
            .ConsolidateAsync(new ConsolidationRequest("CA", "C1"), Ct);

        Assert.Equal(NearMatchStatus.Open, (await again.Items.ReadAsync(item.Id, Ct))!.Document.Status);
        Assert.Equal(item.Id, Assert.Single((await again.Worklist.ListAsync("CA", Ct)).NearMatches).Item.Id);
    }
}
