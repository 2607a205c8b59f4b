using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditJournalVerifierTests
{
    private readonly AuditTestbed _bed = new();
    private readonly string _child = AuditTestbed.NewMsixIds(1)[0];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AuditChain Chain => AuditChain.ForStudent(_child);

    private string Journal => _bed.Trail.Journal;

    /// <summary>Six events on the child's chain (and the user's), one after another: six seals.</summary>
    private Task SixEntriesAsync() => _bed.AppendManyAsync(6, "user-1", _child);

    private Task<AuditVerification> VerifyAsync() => _bed.JournalVerifier.VerifyAsync(Journal, Ct);

    [Fact]
    public async Task An_untouched_journal_verifies_seal_by_seal_and_the_other_journals_are_empty()
    {
        await SixEntriesAsync();

        var all = await _bed.JournalVerifier.VerifyAllAsync(Ct);

        Assert.Equal(new AuditVerification(Journal, 6, null, null, null), await VerifyAsync());
        Assert.Equal(["seal:0", "seal:1", "seal:2", "seal:3"], all.Select(v => v.Chain));
        Assert.All(all, v => Assert.True(v.Ok));
        Assert.Equal(6, all.Sum(v => v.EntriesChecked));
    }

    [Fact]
    public async Task The_last_entry_removed_from_a_chain_whose_head_lags_is_found_by_the_seal_that_names_it()
    {
        await SixEntriesAsync();
        _bed.Entries.Remove(AuditEntry.IdOf(Chain, 6));

        var chain = await _bed.Verifier.VerifyAsync(Chain, Ct);
        var journal = await VerifyAsync();

        // The chain alone cannot tell its end was cut off: no head (it moves every 16th entry), no later entry.
        Assert.True(chain.Ok);
        Assert.Equal(5, chain.EntriesChecked);
        Assert.Equal((6L, AuditBreak.Gap, 5L), (journal.BrokenAtSeq, journal.Problem, journal.EntriesChecked));
        Assert.Contains($"entry 6 of chain {Chain.Name}", journal.Reason, StringComparison.Ordinal);
        Assert.Contains("removed", journal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_entry_replaced_by_a_resealed_forgery_disagrees_with_its_seal()
    {
        await SixEntriesAsync();
        var entry = await _bed.EntryAsync(Chain, 6);
        await _bed.Entries.UpsertAsync(entry with { Operation = "nothing happened", Hash = AuditCanonicalForm.HashOf(entry with { Operation = "nothing happened" }, Chain.Name, 6) }, Ct);

        var journal = await VerifyAsync();

        Assert.True((await _bed.Verifier.VerifyAsync(Chain, Ct)).Ok);
        Assert.Equal((6L, AuditBreak.LinkMismatch), (journal.BrokenAtSeq, journal.Problem));
        Assert.Contains("replaced", journal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_users_chain_is_named_in_the_reason_by_its_hash_not_its_id()
    {
        await SixEntriesAsync();
        var user = AuditChain.ForUser("user-1");
        _bed.Entries.Remove(AuditEntry.IdOf(user, 6));

        var journal = await VerifyAsync();

        Assert.Equal(AuditBreak.Gap, journal.Problem);
        Assert.Contains(user.ForLog, journal.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("user-1", journal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_altered_to_name_an_earlier_end_is_caught_at_that_seal()
    {
        await SixEntriesAsync();
        var id = AuditSeal.IdOf(Journal, 4);
        var seal = (await _bed.Seals.ReadAsync(id, Ct))!.Document;
        await _bed.Seals.UpsertAsync(seal with { Ends = [.. seal.Ends.Select(e => e with { Seq = 3 })] }, Ct);

        var journal = await VerifyAsync();

        Assert.Equal((4L, AuditBreak.HashMismatch, 3L), (journal.BrokenAtSeq, journal.Problem, journal.EntriesChecked));
    }

    [Fact]
    public async Task A_seal_removed_from_the_middle_is_a_gap_at_its_position()
    {
        await SixEntriesAsync();
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 3));

        var journal = await VerifyAsync();

        Assert.Equal((3L, AuditBreak.Gap, 2L), (journal.BrokenAtSeq, journal.Problem, journal.EntriesChecked));
    }

    [Fact]
    public async Task The_last_seal_removed_is_a_gap_because_the_journals_head_names_it()
    {
        await SixEntriesAsync();
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 6));

        var journal = await VerifyAsync();

        Assert.Equal((6L, AuditBreak.Gap, 5L), (journal.BrokenAtSeq, journal.Problem, journal.EntriesChecked));
    }

    [Fact]
    public async Task The_last_seal_resealed_without_an_end_disagrees_with_the_journals_head()
    {
        await SixEntriesAsync();
        var seal = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 6), Ct))!.Document;
        var forged = seal with { Ends = [seal.Ends[0]] };
        await _bed.Seals.UpsertAsync(forged with { Hash = AuditCanonicalForm.HashOf(forged, Journal, 6) }, Ct);

        var journal = await VerifyAsync();

        Assert.Equal((6L, AuditBreak.LinkMismatch), (journal.BrokenAtSeq, journal.Problem));
    }

    [Fact]
    public async Task A_seal_that_no_longer_reads_is_caught_at_its_position()
    {
        await SixEntriesAsync();
        _bed.Seals.Corrupt(AuditSeal.IdOf(Journal, 2));

        var journal = await VerifyAsync();

        Assert.Equal((2L, AuditBreak.HashMismatch, 1L), (journal.BrokenAtSeq, journal.Problem, journal.EntriesChecked));
    }

    [Fact]
    public async Task An_anchor_names_each_whole_journals_last_seal_and_the_journal_verifies_against_it_as_it_grows()
    {
        await SixEntriesAsync();
        var lastSeal = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 6), Ct))!.Document;

        var (verifications, anchors) = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now, fromAnchors: false, Ct);
        await _bed.AppendManyAsync(2, "user-2", _child);
        var against = await _bed.JournalVerifier.VerifyAllAsync(anchors, Ct);

        Assert.All(verifications, v => Assert.True(v.Ok));
        Assert.Equal([new AuditAnchor(Journal, 6, lastSeal.Hash, AuditTestbed.Now.ToUniversalTime())], anchors);
        Assert.All(against, v => Assert.True(v.Ok, v.Reason));
        Assert.Equal(8, against.Sum(v => v.EntriesChecked));
    }

    [Fact]
    public async Task The_last_seals_removed_and_the_head_moved_back_to_match_pass_alone_but_not_against_an_anchor()
    {
        await SixEntriesAsync();
        var (_, anchors) = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now, fromAnchors: false, Ct);
        var fourth = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 4), Ct))!.Document;
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 5));
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 6));
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditSeal.HeadIdOf(Journal), Journal, 4, fourth.Hash), Ct);

        var alone = await VerifyAsync();
        var anchored = await _bed.JournalVerifier.VerifyAsync(Journal, Assert.Single(anchors), Ct);

        Assert.Equal(new AuditVerification(Journal, 4, null, null, null), alone);
        Assert.Equal((5L, AuditBreak.Gap, 4L), (anchored.BrokenAtSeq, anchored.Problem, anchored.EntriesChecked));
        Assert.Contains("before seal 6 anchored on 2026-10-05 19:30 UTC", anchored.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_seal_resealed_and_the_head_rewritten_to_match_pass_alone_but_not_against_an_anchor()
    {
        await SixEntriesAsync();
        var (_, anchors) = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now, fromAnchors: false, Ct);
        var seal = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 6), Ct))!.Document;
        var forged = seal with { Ends = [seal.Ends[0]] };
        forged = forged with { Hash = AuditCanonicalForm.HashOf(forged, Journal, 6) };
        await _bed.Seals.UpsertAsync(forged, Ct);
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditSeal.HeadIdOf(Journal), Journal, 6, forged.Hash), Ct);

        var alone = await VerifyAsync();
        var anchored = await _bed.JournalVerifier.VerifyAsync(Journal, Assert.Single(anchors), Ct);

        Assert.True(alone.Ok);
        Assert.Equal((6L, AuditBreak.LinkMismatch, 5L), (anchored.BrokenAtSeq, anchored.Problem, anchored.EntriesChecked));
        Assert.Contains("anchored", anchored.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_journal_is_anchored_while_one_is_broken()
    {
        await SixEntriesAsync();
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 3));

        var (verifications, anchors) = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now, fromAnchors: false, Ct);

        var broken = verifications.Single(v => v.Chain == Journal);
        Assert.Empty(anchors);
        Assert.Equal((3L, AuditBreak.Gap), (broken.BrokenAtSeq, broken.Problem));
    }

    [Fact]
    public async Task Anchoring_again_holds_each_journal_to_its_earlier_anchor_first()
    {
        await SixEntriesAsync();
        var (_, earlier) = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now, fromAnchors: false, Ct);
        var fifth = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 5), Ct))!.Document;
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 6));
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditSeal.HeadIdOf(Journal), Journal, 5, fifth.Hash), Ct);

        var blind = await _bed.JournalVerifier.AnchorAllAsync(null, AuditTestbed.Now.AddDays(1), fromAnchors: false, Ct);
        var held = await _bed.JournalVerifier.AnchorAllAsync(earlier, AuditTestbed.Now.AddDays(1), fromAnchors: false, Ct);

        Assert.Equal(5, Assert.Single(blind.Anchors).Seq);
        Assert.Empty(held.Anchors);
        var broken = held.Verifications.Single(v => v.Chain == Journal);
        Assert.Equal((6L, AuditBreak.Gap), (broken.BrokenAtSeq, broken.Problem));
    }
}
