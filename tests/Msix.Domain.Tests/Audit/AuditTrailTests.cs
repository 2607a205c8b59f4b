using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditTrailTests
{
    private readonly AuditTestbed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_entry_of_a_chain_is_seq_1_links_to_the_genesis_hash_and_holds_the_event()
    {
        var msixId = AuditTestbed.NewMsixIds(1)[0];

        var entries = await _bed.Trail.AppendAsync(AuditTestbed.Event("user-1", msixId), Ct);

        var user = AuditChain.ForUser("user-1");
        var entry = await _bed.EntryAsync(user, 1);
        Assert.Equal(entries[0].Hash, entry.Hash);
        Assert.Equal("user:user-1:0000000001", entry.Id);
        Assert.Equal((user.Name, 1L, AuditCanonicalForm.CurrentFormat), (entry.Chain, entry.Seq, entry.Format));
        Assert.Equal(("user-1", "StateUser", "TX", "GET /students/{msixId}", "record view"), (entry.ActorUserId, entry.Role, entry.ActorState, entry.Operation, entry.Detail));
        Assert.Equal(AuditTestbed.Now, entry.At);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal([msixId], entry.MsixIds);
        Assert.Equal(AuditCanonicalForm.Genesis, entry.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.Equal(AuditCanonicalForm.HashOf(entry, user.Name, 1), entry.Hash);

        // No head yet (it moves every 16th entry); the seal the append waited for names both chains' ends.
        Assert.Null(await _bed.HeadAsync(user));
        var seal = Assert.Single(await _bed.SealsAsync(_bed.Trail.Journal));
        Assert.Equal(
            [(AuditChain.ForStudent(msixId).Name, 1L, entries[1].Hash), (user.Name, 1L, entry.Hash)],
            seal.Ends.Select(e => (e.Chain, e.Seq, e.Hash)).Order());
    }

    [Fact]
    public async Task An_event_goes_to_the_users_chain_with_every_msix_id_and_to_each_childs_chain_with_its_own()
    {
        var ids = AuditTestbed.NewMsixIds(3);

        var entries = await _bed.Trail.AppendAsync(AuditTestbed.Event("admin-7", [ids[0], ids[1], ids[0], ids[2]]) with { Operation = "search", Detail = "criteria: lastName, birthDate; 3 results" }, Ct);

        Assert.Equal(4, entries.Count);
        var user = await _bed.EntryAsync(AuditChain.ForUser("admin-7"), 1);
        Assert.Equal(ids, user.MsixIds);
        foreach (var id in ids)
        {
            var child = await _bed.EntryAsync(AuditChain.ForStudent(id), 1);
            Assert.Equal([id], child.MsixIds);
            Assert.Equal(user.EventId, child.EventId);
            Assert.Equal(("admin-7", "search"), (child.ActorUserId, child.Operation));
        }
    }

    [Fact]
    public async Task A_search_that_found_no_one_is_recorded_on_the_users_chain_only()
    {
        var entries = await _bed.Trail.AppendAsync(AuditTestbed.Event("user-2") with { Operation = "search", ActorState = null }, Ct);

        var entry = Assert.Single(entries);
        Assert.Equal("user:user-2", entry.Chain);
        Assert.Empty(entry.MsixIds);
        Assert.Null(entry.ActorState);
    }

    [Fact]
    public async Task Each_entry_links_to_the_hash_of_the_one_before_and_the_head_follows_the_end()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 1 });
        await bed.AppendManyAsync(5);

        var chain = AuditChain.ForUser("user-1");
        for (var seq = 2; seq <= 5; seq++)
        {
            Assert.Equal((await bed.EntryAsync(chain, seq - 1)).Hash, (await bed.EntryAsync(chain, seq)).PreviousHash);
        }

        var head = await bed.HeadAsync(chain);
        Assert.Equal((5L, (await bed.EntryAsync(chain, 5)).Hash), (head!.Seq, head.Hash));
    }

    [Fact]
    public async Task Many_parallel_appenders_in_several_processes_never_overwrite_each_other_and_make_one_unbroken_chain()
    {
        const int events = 240;
        var child = AuditTestbed.NewMsixIds(1)[0];
        var trails = Enumerable.Range(0, 6).Select(_ => _bed.NewTrail()).Append(_bed.Trail).ToList();

        await Task.WhenAll(Enumerable.Range(0, events).Select(i => Task.Run(
            () => trails[i % trails.Count].AppendAsync(AuditTestbed.Event("busy-user", child) with { Detail = $"event {i}" }, Ct),
            Ct)));

        Assert.True(_bed.Entries.CreateConflicts > 0, "the appenders never raced for a position");
        foreach (var chain in new[] { AuditChain.ForUser("busy-user"), AuditChain.ForStudent(child) })
        {
            var verification = await _bed.Verifier.VerifyAsync(chain, Ct);
            Assert.True(verification.Ok, verification.Reason);
            Assert.Equal(events, verification.EntriesChecked);
            var all = await _bed.Trail.ReadChainAsync(chain, 1, 100, Ct);
            Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), all.Select(e => e.Seq));
            Assert.Equal(events, await _bed.Trail.LastSeqAsync(chain, Ct));
            Assert.Equal(events, (await _bed.HeadAsync(chain))!.Seq);
        }

        var details = new HashSet<string>(StringComparer.Ordinal);
        for (var seq = 1; seq <= events; seq++)
        {
            Assert.True(details.Add((await _bed.EntryAsync(AuditChain.ForUser("busy-user"), seq)).Detail!), "an event was recorded twice");
        }
    }

    [Fact]
    public async Task A_process_whose_memory_of_the_chain_end_is_old_probes_forward_and_links_to_the_real_end()
    {
        var first = _bed.NewTrail();
        var second = _bed.NewTrail();
        await first.AppendAsync(AuditTestbed.Event("user-3"), Ct);
        for (var i = 0; i < 5; i++)
        {
            await second.AppendAsync(AuditTestbed.Event("user-3"), Ct);
        }

        var entries = await first.AppendAsync(AuditTestbed.Event("user-3"), Ct);

        var chain = AuditChain.ForUser("user-3");
        Assert.Equal(7, entries[0].Seq);
        Assert.Equal((await _bed.EntryAsync(chain, 6)).Hash, entries[0].PreviousHash);
        Assert.True((await _bed.Verifier.VerifyAsync(chain, Ct)).Ok);
    }

    [Fact]
    public async Task A_head_left_behind_is_only_a_hint_an_appender_probes_past_it_and_moves_it_forward()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 1 });
        await bed.AppendManyAsync(4, "user-4");
        var chain = AuditChain.ForUser("user-4");
        var second = await bed.EntryAsync(chain, 2);
        await bed.Heads.UpsertAsync(new AuditChainHead(AuditChainHead.IdOf(chain), chain.Name, 2, second.Hash), Ct);

        var entries = await bed.NewTrail().AppendAsync(AuditTestbed.Event("user-4"), Ct);

        Assert.Equal(5, entries[0].Seq);
        Assert.Equal((await bed.EntryAsync(chain, 4)).Hash, entries[0].PreviousHash);
        Assert.Equal(5, (await bed.HeadAsync(chain))!.Seq);
        Assert.True((await bed.Verifier.VerifyAsync(chain, Ct)).Ok);
    }

    [Fact]
    public async Task A_chain_new_to_this_process_is_tried_at_its_first_position_before_its_head_is_read()
    {
        var child = AuditTestbed.NewMsixIds(1);
        await _bed.AppendManyAsync(3, "user-9");

        var trail = _bed.NewTrail();
        await trail.AppendAsync(AuditTestbed.Event("user-11"), Ct); // the new process finds its journal's end first
        var (entriesRead, headsRead) = (_bed.Entries.Reads, _bed.Heads.Reads);
        var entries = await trail.AppendAsync(AuditTestbed.Event("user-10", child), Ct);
        Assert.Equal((entriesRead, headsRead), (_bed.Entries.Reads, _bed.Heads.Reads));

        var existing = await trail.AppendAsync(AuditTestbed.Event("user-9"), Ct);

        Assert.Equal([1L, 1L], entries.Select(e => e.Seq));
        Assert.Equal(4, existing.Single().Seq);
        Assert.Equal((await _bed.EntryAsync(AuditChain.ForUser("user-9"), 3)).Hash, existing[0].PreviousHash);
        Assert.True((await _bed.Verifier.VerifyAsync(AuditChain.ForUser("user-9"), Ct)).Ok);
    }

    [Fact]
    public async Task A_child_read_before_40000_others_is_appended_to_again_without_finding_its_chain_end()
    {
        // School staff search for a child and then open the record: the second append goes to a chain the first
        // one made, after the appends of everyone else meanwhile. By default the process still knows where it ends.
        var children = AuditTestbed.NewMsixIds(40_001);
        foreach (var child in children)
        {
            await _bed.Trail.AppendAsync(AuditTestbed.Event("user-16", child), Ct);
        }

        var (read, refused) = (_bed.Entries.Reads + _bed.Heads.Reads, _bed.Entries.CreateConflicts);
        var entries = await _bed.Trail.AppendAsync(AuditTestbed.Event("user-17", children[0]), Ct);

        Assert.Equal(2, entries[1].Seq);
        Assert.Equal((0, 0), (_bed.Entries.Reads + _bed.Heads.Reads - read, _bed.Entries.CreateConflicts - refused));
    }

    [Fact]
    public async Task A_process_new_to_a_chain_reads_past_the_head_once_a_position_rather_than_trying_each()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 16 });
        await bed.AppendManyAsync(20, "user-12");
        var trail = bed.NewTrail();
        await trail.AppendAsync(AuditTestbed.Event("user-13"), Ct); // the new process finds its journal's end first
        var (read, created, refused) = (bed.Entries.Reads + bed.Heads.Reads, bed.Entries.Creates, bed.Entries.CreateConflicts);

        var entries = await trail.AppendAsync(AuditTestbed.Event("user-12"), Ct);

        // Position 1 refused, the head (at 16) read, 17 to 20 read and 21 found free, then 21 created.
        Assert.Equal(21, entries.Single().Seq);
        Assert.Equal((1, 6, 1), (bed.Entries.CreateConflicts - refused, bed.Entries.Reads + bed.Heads.Reads - read, bed.Entries.Creates - created));
        Assert.True((await bed.Verifier.VerifyAsync(AuditChain.ForUser("user-12"), Ct)).Ok);
    }

    [Fact]
    public async Task A_missing_head_is_rebuilt_by_probing_the_chain_from_its_start()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 1 });
        await bed.AppendManyAsync(3, "user-5");
        var chain = AuditChain.ForUser("user-5");
        bed.Heads.Remove(AuditChainHead.IdOf(chain));

        var entries = await bed.NewTrail().AppendAsync(AuditTestbed.Event("user-5"), Ct);

        Assert.Equal(4, entries[0].Seq);
        Assert.Equal(4, (await bed.HeadAsync(chain))!.Seq);
        Assert.True((await bed.Verifier.VerifyAsync(chain, Ct)).Ok);
    }

    [Fact]
    public async Task A_head_moved_only_every_few_entries_lags_the_end_and_the_chain_still_reads_and_verifies()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 4 });
        await bed.AppendManyAsync(10, "user-9");
        var chain = AuditChain.ForUser("user-9");

        var head = await bed.HeadAsync(chain);
        var last = await bed.NewTrail().LastSeqAsync(chain, Ct);
        var appended = await bed.NewTrail().AppendAsync(AuditTestbed.Event("user-9"), Ct);

        Assert.Equal(8, head!.Seq);
        Assert.Equal(10, last);
        Assert.Equal(11, appended[0].Seq);
        Assert.True((await bed.Verifier.VerifyAsync(chain, Ct)).Ok);
    }

    [Fact]
    public async Task The_end_of_a_chain_is_found_past_a_missing_head_several_probes_at_a_time()
    {
        await _bed.AppendManyAsync(40, "user-12");
        var chain = AuditChain.ForUser("user-12");
        Assert.Equal(32, (await _bed.HeadAsync(chain))!.Seq);
        _bed.Heads.Remove(AuditChainHead.IdOf(chain));

        Assert.Equal(40, await _bed.NewTrail().LastSeqAsync(chain, Ct));
        var newest = await _bed.NewTrail().ReadNewestAsync(chain, null, 5, Ct);
        Assert.Equal([40L, 39, 38, 37, 36], newest.Entries.Select(e => e.Seq));
    }

    [Fact]
    public async Task The_head_never_moves_backwards()
    {
        var bed = new AuditTestbed(new AuditOptions { HeadEvery = 1 });
        await bed.AppendManyAsync(2, "user-6");
        var chain = AuditChain.ForUser("user-6");
        // Another process moved the head further on while this one's append of entry 3 was on its way.
        await bed.Heads.UpsertAsync(new AuditChainHead(AuditChainHead.IdOf(chain), chain.Name, 9, "later"), Ct);

        var written = await bed.Trail.AppendAsync(AuditTestbed.Event("user-6"), Ct);

        Assert.Equal(3, written[0].Seq);
        Assert.Equal((9L, "later"), ((await bed.HeadAsync(chain))!.Seq, (await bed.HeadAsync(chain))!.Hash));
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("not-an-id")]
    public async Task An_event_naming_an_invalid_msix_id_is_refused_before_anything_is_written_and_the_message_does_not_repeat_it(string bad)
    {
        var good = AuditTestbed.NewMsixIds(1)[0];

        var e = await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event("user-7", good, bad), Ct));

        Assert.DoesNotContain(bad, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _bed.Trail.LastSeqAsync(AuditChain.ForUser("user-7"), Ct));
        Assert.Equal(0, await _bed.Trail.LastSeqAsync(AuditChain.ForStudent(good), Ct));
    }

    [Fact]
    public async Task An_event_without_a_role_or_operation_or_with_a_long_detail_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event() with { Role = " " }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event() with { Operation = "" }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event() with { ActorUserId = "" }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event() with { ActorState = "" }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event() with { Detail = new string('x', 201) }, Ct));
    }

    [Fact]
    public async Task Reading_a_chain_returns_entries_in_order_from_a_position_and_probes_past_a_head_left_behind()
    {
        await _bed.AppendManyAsync(5, "user-8");
        var chain = AuditChain.ForUser("user-8");
        var third = await _bed.EntryAsync(chain, 3);
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditChainHead.IdOf(chain), chain.Name, 3, third.Hash), Ct);

        Assert.Equal([1L, 2, 3], (await _bed.Trail.ReadChainAsync(chain, 1, 3, Ct)).Select(e => e.Seq));
        Assert.Equal([2L, 3, 4, 5], (await _bed.Trail.ReadChainAsync(chain, 2, 10, Ct)).Select(e => e.Seq));
        Assert.Equal(["event 4", "event 5"], (await _bed.Trail.ReadChainAsync(chain, 4, 10, Ct)).Select(e => e.Detail));
        Assert.Empty(await _bed.Trail.ReadChainAsync(chain, 6, 10, Ct));
        Assert.Empty(await _bed.Trail.ReadChainAsync(AuditChain.ForUser("nobody"), 1, 10, Ct));
    }

    [Fact]
    public async Task A_read_returns_at_most_the_configured_page_size()
    {
        var bed = new AuditTestbed(new AuditOptions { MaxPageSize = 3 });
        await bed.AppendManyAsync(5);

        Assert.Equal(3, (await bed.Trail.ReadChainAsync(AuditChain.ForUser("user-1"), 1, 100, Ct)).Count);
    }

    [Fact]
    public async Task The_newest_first_listing_pages_back_to_the_first_entry()
    {
        var child = AuditTestbed.NewMsixIds(1)[0];
        await _bed.AppendManyAsync(5, "user-9", child);
        var chain = AuditChain.ForStudent(child);

        var first = await _bed.Trail.ReadNewestAsync(chain, null, 2, Ct);
        var second = await _bed.Trail.ReadNewestAsync(chain, first.NextBeforeSeq, 2, Ct);
        var third = await _bed.Trail.ReadNewestAsync(chain, second.NextBeforeSeq, 2, Ct);

        Assert.Equal([5L, 4], first.Entries.Select(e => e.Seq));
        Assert.Equal(4, first.NextBeforeSeq);
        Assert.Equal([3L, 2], second.Entries.Select(e => e.Seq));
        Assert.Equal([1L], third.Entries.Select(e => e.Seq));
        Assert.Null(third.NextBeforeSeq);
        Assert.Equal(chain.Name, third.Chain);
        Assert.Empty((await _bed.Trail.ReadNewestAsync(AuditChain.ForUser("nobody"), null, 2, Ct)).Entries);
    }
}
