using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Audit;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Audit;

public sealed class AuditAnchorServiceTests
{
    private readonly AuditTestbed _bed = new();
    private readonly InMemoryAuditAnchorArchive _archive = new();
    private readonly SettableTime _time = new(AuditTestbed.Now);
    private readonly string _child = AuditTestbed.NewMsixIds(1)[0];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Journal => _bed.Trail.Journal;

    private AuditAnchorService Service => new(_bed.JournalVerifier, _archive, _time, NullLogger<AuditAnchorService>.Instance);

    [Fact]
    public async Task Each_run_keeps_a_set_of_anchors_at_each_journals_end_as_it_grows()
    {
        await _bed.AppendManyAsync(6, "user-1", _child);
        await Service.AnchorAsync(Ct);
        _time.Now = AuditTestbed.Now.AddDays(1);
        await _bed.AppendManyAsync(3, "user-2", _child);

        await Service.AnchorAsync(Ct);

        var seals = await _bed.SealsAsync(Journal);
        Assert.Equal(2, _archive.Sets.Count);
        Assert.Equal(new AuditAnchor(Journal, 6, seals[5].Hash, AuditTestbed.Now.ToUniversalTime()), Assert.Single(_archive.Sets[0]));
        Assert.Equal(new AuditAnchor(Journal, 9, seals[8].Hash, AuditTestbed.Now.AddDays(1).ToUniversalTime()), Assert.Single(_archive.Sets[1]));
    }

    [Fact]
    public async Task Nothing_sealed_keeps_nothing()
    {
        var anchoring = await Service.AnchorAsync(Ct);

        Assert.Empty(anchoring.Anchors);
        Assert.Empty(_archive.Sets);
    }

    [Fact]
    public async Task A_journal_cut_short_since_its_anchor_fails_the_run_and_keeps_nothing_more()
    {
        await _bed.AppendManyAsync(6, "user-1", _child);
        await Service.AnchorAsync(Ct);
        var fifth = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 5), Ct))!.Document;
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 6));
        await _bed.Heads.UpsertAsync(new AuditChainHead(AuditSeal.HeadIdOf(Journal), Journal, 5, fifth.Hash), Ct);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Service.AnchorAsync(Ct));

        Assert.Contains($"Audit journal {Journal} is broken at seal 6 (Gap)", failure.Message, StringComparison.Ordinal);
        Assert.Single(_archive.Sets);
    }

    [Fact]
    public async Task The_anchored_seal_resealed_fails_the_run()
    {
        await _bed.AppendManyAsync(6, "user-1", _child);
        await Service.AnchorAsync(Ct);
        var seal = (await _bed.Seals.ReadAsync(AuditSeal.IdOf(Journal, 6), Ct))!.Document;
        var forged = seal with { Ends = [seal.Ends[0]] };
        await _bed.Seals.UpsertAsync(forged with { Hash = AuditCanonicalForm.HashOf(forged, Journal, 6) }, Ct);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Service.AnchorAsync(Ct));

        Assert.Contains("broken at seal 6 (LinkMismatch)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_checks_the_seals_since_the_anchor_and_leaves_the_ones_before_to_a_full_verification()
    {
        await _bed.AppendManyAsync(6, "user-1", _child);
        await Service.AnchorAsync(Ct);
        await _bed.AppendManyAsync(2, "user-1", _child);
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 3));

        // The run reads from the anchored seal on: seal 3, before it, is not read again ...
        await Service.AnchorAsync(Ct);
        var latest = Assert.Single(_archive.Sets[^1]);

        // ... and a full verification against the anchors finds it gone.
        var full = await _bed.JournalVerifier.VerifyAsync(Journal, latest, Ct);
        Assert.Equal(8, latest.Seq);
        Assert.Equal((3L, AuditBreak.Gap), (full.BrokenAtSeq, full.Problem));

        // A seal after the anchor removed is found by the next run.
        await _bed.AppendManyAsync(2, "user-1", _child);
        _bed.Seals.Remove(AuditSeal.IdOf(Journal, 9));
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Service.AnchorAsync(Ct));
        Assert.Contains("broken at seal 9 (Gap)", failure.Message, StringComparison.Ordinal);
    }
}
