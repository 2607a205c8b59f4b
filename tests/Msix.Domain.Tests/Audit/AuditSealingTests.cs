using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditSealingTests
{
    private readonly AuditTestbed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Appends_that_finish_while_a_seal_is_being_written_are_sealed_together_in_the_next()
    {
        var children = AuditTestbed.NewMsixIds(10);
        _bed.Seals.CreateGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _bed.Trail.AppendAsync(AuditTestbed.Event("user-0", children[0]), Ct);
        await UntilAsync(() => _bed.Seals.CreatesHeld == 1);

        // Nine more appends, from other users, write their entries while the first seal is held.
        var others = Enumerable.Range(1, 9).Select(i => _bed.Trail.AppendAsync(AuditTestbed.Event($"user-{i}", children[i]), Ct)).ToList();
        await UntilAsync(() => _bed.Entries.Creates == 20);
        Assert.False(first.IsCompleted, "an append returned before its seal was written");
        Assert.All(others, o => Assert.False(o.IsCompleted, "an append returned before its seal was written"));
        _bed.Seals.CreateGate.SetResult();
        var written = await Task.WhenAll(others.Prepend(first));

        var seals = await _bed.SealsAsync(_bed.Trail.Journal);
        Assert.Equal(2, seals.Count);
        Assert.Equal(2, seals[0].Ends.Count);
        var sealedEnds = seals[1].Ends.Select(e => (e.Chain, e.Seq, e.Hash)).ToHashSet();
        Assert.Equal(18, sealedEnds.Count);
        Assert.All(written.Skip(1).SelectMany(w => w), e => Assert.Contains((e.Chain, e.Seq, e.Hash), sealedEnds));
        Assert.Equal(seals[0].Hash, seals[1].PreviousHash);
        Assert.Equal((2L, seals[1].Hash), await JournalHeadAsync());
    }

    [Fact]
    public async Task A_chain_appended_to_several_times_before_a_seal_is_sealed_once_at_its_furthest_end()
    {
        _bed.Seals.CreateGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _bed.Trail.AppendAsync(AuditTestbed.Event("busy-user"), Ct);
        await UntilAsync(() => _bed.Seals.CreatesHeld == 1);
        var later = Enumerable.Range(0, 5).Select(_ => _bed.Trail.AppendAsync(AuditTestbed.Event("busy-user"), Ct)).ToList();
        await UntilAsync(() => _bed.Entries.Creates == 6);
        _bed.Seals.CreateGate.SetResult();
        await Task.WhenAll(later.Prepend(first));

        var seals = await _bed.SealsAsync(_bed.Trail.Journal);
        var end = Assert.Single(seals[^1].Ends);
        Assert.Equal((AuditChain.ForUser("busy-user").Name, 6L), (end.Chain, end.Seq));
    }

    [Fact]
    public async Task An_append_whose_seal_cannot_be_written_fails_and_the_next_one_is_sealed_after_the_journals_end()
    {
        await _bed.AppendManyAsync(2);
        _bed.Seals.CreateGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bed.Seals.CreateGate.SetException(new InvalidOperationException("the store is unreachable"));

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => _bed.Trail.AppendAsync(AuditTestbed.Event(), Ct));
        Assert.Equal("the store is unreachable", failed.Message);

        _bed.Seals.CreateGate = null;
        await _bed.Trail.AppendAsync(AuditTestbed.Event(), Ct);
        var seals = await _bed.SealsAsync(_bed.Trail.Journal);
        Assert.Equal(3, seals.Count);
        Assert.Equal(4, seals[^1].Ends.Single().Seq);
        Assert.True((await _bed.JournalVerifier.VerifyAsync(_bed.Trail.Journal, Ct)).Ok);
    }

    [Fact]
    public async Task Processes_that_drew_the_same_journal_link_to_each_others_seals()
    {
        var bed = new AuditTestbed(new AuditOptions { SealJournals = 1 });
        var trails = Enumerable.Range(0, 4).Select(_ => bed.NewTrail()).ToList();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => trails[i % trails.Count].AppendAsync(AuditTestbed.Event($"user-{i % 7}", AuditTestbed.NewMsixIds(1)), Ct),
            Ct)));

        Assert.All(trails, t => Assert.Equal("seal:0", t.Journal));
        Assert.True(bed.Seals.CreateConflicts > 0, "the processes never raced for a position in the journal");
        var verification = await bed.JournalVerifier.VerifyAsync("seal:0", Ct);
        Assert.True(verification.Ok, verification.Reason);
        Assert.Equal((await bed.SealsAsync("seal:0")).Count, verification.EntriesChecked);
    }

    private async Task<(long Seq, string Hash)> JournalHeadAsync()
    {
        var head = (await _bed.Heads.ReadAsync(AuditSeal.HeadIdOf(_bed.Trail.Journal), Ct))!.Document;
        return (head.Seq, head.Hash);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited++)
        {
            Assert.True(waited < 1000, "what the test waits for did not happen within 10 s");
            await Task.Delay(10, Ct);
        }
    }
}
