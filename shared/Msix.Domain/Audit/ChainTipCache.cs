using System.Collections.Concurrent;

namespace Msix.Domain.Audit;

/// <summary>
/// The last entry this process knows of in each chain, and the version of the chain's head it last saw: a
/// hint like the head itself, so a wrong or old value costs only a probe. Bounded: when full it is emptied.
/// </summary>
internal sealed class ChainTipCache(int capacity)
{
    private readonly ConcurrentDictionary<string, ChainTip> _tips = new(StringComparer.Ordinal);

    public bool TryGet(AuditChain chain, out ChainTip tip)
    {
        if (capacity > 0 && _tips.TryGetValue(chain.Name, out var found))
        {
            tip = found;
            return true;
        }

        tip = ChainTip.Empty;
        return false;
    }

    /// <summary>Remembers <paramref name="tip"/> unless a later one is remembered already.</summary>
    public void Remember(AuditChain chain, ChainTip tip)
    {
        if (capacity == 0)
        {
            return;
        }

        if (_tips.Count >= capacity && !_tips.ContainsKey(chain.Name))
        {
            _tips.Clear();
        }

        _tips.AddOrUpdate(chain.Name, tip, (_, known) => known.Seq > tip.Seq ? known : tip);
    }
}

/// <summary>A chain's last known entry (0 and the genesis hash for an empty chain) and its head's version as last seen.</summary>
internal readonly record struct ChainTip(long Seq, string Hash, string? HeadETag)
{
    public static ChainTip Empty { get; } = new(0, AuditCanonicalForm.Genesis, null);
}
