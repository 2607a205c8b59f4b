using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    // Heads moved on every entry, so a chain's own head shows where it ends. With heads moved less often, the
    // seals show it instead (AuditJournalVerifierTests).
    private readonly AuditTestbed _bed = new(new AuditOptions { HeadEvery = 1 });
    private readonly string _child = AuditTestbed.NewMsixIds(1)[0];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AuditChain Chain => AuditChain.ForStudent(_child);

    /// <summary>Six entries on the child's chain (and the user's).</summary>
    private Task SixEntriesAsync() => _bed.AppendManyAsync(6, "user-1", _child);

    private Task<AuditVerification> VerifyAsync() => _bed.Verifier.VerifyAsync(Chain, Ct);

    /// <summary>An entry re-sealed after a change, as a forger who knows the canonical form would write it.</summary>
    private static AuditEntry Resealed(AuditEntry entry, string chain, long seq) =>
        entry with { Hash = AuditCanonicalForm.HashOf(entry, chain, seq) };

    [Fact]
    public async Task An_untouched_chain_verifies_entry_by_entry_to_its_end()
    {
        await _bed.AppendManyAsync(45, "user-1", _child);

        var verification = await VerifyAsync();

        Assert.Equal(new AuditVerification(Chain.Name, 45, null, null, null), verification);
        Assert.True(verification.Ok);
        Assert.True((await _bed.Verifier.VerifyAsync(AuditChain.ForUser("user-1"), Ct)).Ok);
    }

    [Fact]
    public async Task A_chain_with_no_entries_verifies_with_none_checked()
    {
        var verification = await VerifyAsync();

        Assert.True(verification.Ok);
        Assert.Equal(0, verification.EntriesChecked);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("chain")]
    [InlineData("seq")]
    [InlineData("eventId")]
    [InlineData("at")]
    [InlineData("actorUserId")]
    [InlineData("role")]
    [InlineData("actorState")]
    [InlineData("operation")]
    [InlineData("msixIds")]
    [InlineData("detail")]
    [InlineData("previousHash")]
    [InlineData("hash")]
    public async Task Altering_any_field_of_an_entry_is_caught_at_that_entry(string field)
    {
        await SixEntriesAsync();
        var entry = await _bed.EntryAsync(Chain, 3);
        var altered = field switch
        {
            "format" => entry with { Format = 2 },
            "chain" => entry with { Chain = AuditChain.ForStudent(AuditTestbed.NewMsixIds(1)[0]).Name },
            "seq" => entry with { Seq = 4 },
            "eventId" => entry with { EventId = Guid.NewGuid().ToString("N") },
            "at" => entry with { At = entry.At.AddTicks(1) },
            "actorUserId" => entry with { ActorUserId = "someone-else" },
            "role" => entry with { Role = "NationalAdministrator" },
            "actorState" => entry with { ActorState = null },
            "operation" => entry with { Operation = "search" },
            "msixIds" => entry with { MsixIds = [] },
            "detail" => entry with { Detail = "event 30" },
            "previousHash" => entry with { PreviousHash = AuditCanonicalForm.Genesis },
            "hash" => entry with { Hash = new string('a', 64) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        await _bed.Entries.UpsertAsync(altered, Ct);

        var verification = await VerifyAsync();

        Assert.False(verification.Ok);
        Assert.Equal((3L, AuditBreak.HashMismatch, 2L), (verification.BrokenAtSeq, verification.Problem, verification.EntriesChecked));
        Assert.False(string.IsNullOrEmpty(verification.Reason));
    }

    [Fact]
    public async Task An_entry_overwritten_with_something_that_no_longer_reads_is_caught_at_that_entry()
    {
        await SixEntriesAsync();
        _bed.Entries.Corrupt(AuditEntry.IdOf(Chain, 4));

        var verification = await VerifyAsync();

        Assert.Equal((4L, AuditBreak.HashMismatch, 3L), (verification.BrokenAtSeq, verification.Problem, verification.EntriesChecked));
    }

    [Fact]
    public async Task An_entry_removed_from_the_middle_is_a_gap_at_its_position()
    {
        await SixEntriesAsync();
        _bed.Entries.Remove(AuditEntry.IdOf(Chain, 3));

        var verification = await VerifyAsync();

        Assert.Equal((3L, AuditBreak.Gap, 2L), (verification.BrokenAtSeq, verification.Problem, verification.EntriesChecked));
    }

    [Fact]
    public async Task An_entry_removed_while_the_head_lags_behind_is_found_by_probing_for_later_entries()
    {
        await SixEntriesAsync();
        var second = await _bed.EntryAsync(Chain, 2);
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditChainHead.IdOf(Chain), Chain.Name, 2, second.Hash), Ct);
        _bed.Entries.Remove(AuditEntry.IdOf(Chain, 4));

        var verification = await VerifyAsync();

        Assert.Equal((4L, AuditBreak.Gap), (verification.BrokenAtSeq, verification.Problem));
    }

    [Fact]
    public async Task The_last_entry_removed_is_a_gap_because_the_head_names_it()
    {
        await SixEntriesAsync();
        _bed.Entries.Remove(AuditEntry.IdOf(Chain, 6));

        var verification = await VerifyAsync();

        Assert.Equal((6L, AuditBreak.Gap, 5L), (verification.BrokenAtSeq, verification.Problem, verification.EntriesChecked));
    }

    [Fact]
    public async Task An_entry_replaced_by_a_resealed_forgery_breaks_the_link_of_the_entry_after_it()
    {
        await SixEntriesAsync();
        var entry = await _bed.EntryAsync(Chain, 3);
        await _bed.Entries.UpsertAsync(Resealed(entry with { ActorUserId = "someone-else" }, Chain.Name, 3), Ct);

        var verification = await VerifyAsync();

        Assert.Equal((4L, AuditBreak.LinkMismatch, 3L), (verification.BrokenAtSeq, verification.Problem, verification.EntriesChecked));
    }

    [Fact]
    public async Task The_last_entry_replaced_by_a_resealed_forgery_disagrees_with_the_head()
    {
        await SixEntriesAsync();
        var entry = await _bed.EntryAsync(Chain, 6);
        await _bed.Entries.UpsertAsync(Resealed(entry with { Operation = "nothing happened" }, Chain.Name, 6), Ct);

        var verification = await VerifyAsync();

        Assert.Equal((6L, AuditBreak.LinkMismatch), (verification.BrokenAtSeq, verification.Problem));
    }

    [Fact]
    public async Task An_entry_removed_and_the_rest_moved_up_breaks_the_link_where_it_was()
    {
        await SixEntriesAsync();
        for (var seq = 3; seq <= 5; seq++)
        {
            var next = await _bed.EntryAsync(Chain, seq + 1);
            await _bed.Entries.UpsertAsync(Resealed(next with { Id = AuditEntry.IdOf(Chain, seq), Seq = seq }, Chain.Name, seq), Ct);
        }

        _bed.Entries.Remove(AuditEntry.IdOf(Chain, 6));
        var fifth = await _bed.EntryAsync(Chain, 5);
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditChainHead.IdOf(Chain), Chain.Name, 5, fifth.Hash), Ct);

        var verification = await VerifyAsync();

        Assert.Equal((3L, AuditBreak.LinkMismatch), (verification.BrokenAtSeq, verification.Problem));
    }

    [Fact]
    public async Task An_entry_copied_from_another_chain_does_not_verify_where_it_was_put()
    {
        await SixEntriesAsync();
        var fromUserChain = await _bed.EntryAsync(AuditChain.ForUser("user-1"), 2);
        await _bed.Entries.UpsertAsync(fromUserChain with { Id = AuditEntry.IdOf(Chain, 2) }, Ct);

        var verification = await VerifyAsync();

        Assert.Equal((2L, AuditBreak.HashMismatch), (verification.BrokenAtSeq, verification.Problem));
    }
}
