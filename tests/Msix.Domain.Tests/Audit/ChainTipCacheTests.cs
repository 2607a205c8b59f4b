using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Audit;

public sealed class ChainTipCacheTests
{
    private static readonly AuditChain Busy = AuditChain.ForUser("busy-user");

    private static ChainTip Tip(long seq) => new(seq, $"hash-{seq}", null);

    private static void RememberOthers(ChainTipCache cache, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            cache.Remember(AuditChain.ForUser($"user-{i}"), Tip(1));
        }
    }

    [Fact]
    public void A_chain_in_use_stays_remembered_however_many_others_come_and_go()
    {
        var cache = new ChainTipCache(10);
        for (var round = 0; round < 20; round++)
        {
            RememberOthers(cache, 9, round * 9);
            cache.Remember(Busy, Tip(round + 1));

            // The cache is full when the next chain comes: what it forgets is not the chain just used.
            cache.Remember(AuditChain.ForUser($"newcomer-{round}"), Tip(1));
            Assert.True(cache.TryGet(Busy, out var tip), $"the busy chain was forgotten in round {round}");
            Assert.Equal(round + 1, tip.Seq);
        }
    }

    [Fact]
    public void A_chain_not_seen_for_two_generations_is_forgotten_and_one_seen_in_the_last_two_is_not()
    {
        var cache = new ChainTipCache(10);
        cache.Remember(Busy, Tip(3));
        RememberOthers(cache, 5);

        Assert.True(cache.TryGet(Busy, out _));
        RememberOthers(cache, 5, 100);
        Assert.False(cache.TryGet(Busy, out var forgotten));
        Assert.Equal(ChainTip.Empty, forgotten);
    }

    [Fact]
    public void The_later_of_two_tips_is_kept_also_across_generations()
    {
        var cache = new ChainTipCache(4);
        cache.Remember(Busy, Tip(7));
        RememberOthers(cache, 2);
        cache.Remember(Busy, Tip(5));
        cache.Remember(Busy, Tip(6));

        Assert.True(cache.TryGet(Busy, out var tip));
        Assert.Equal(7, tip.Seq);
    }

    [Fact]
    public void With_no_capacity_nothing_is_remembered()
    {
        var cache = new ChainTipCache(0);
        cache.Remember(Busy, Tip(1));

        Assert.False(cache.TryGet(Busy, out _));
    }
}
