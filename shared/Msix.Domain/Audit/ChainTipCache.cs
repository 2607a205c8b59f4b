using System.Collections.Concurrent;

namespace Msix.Domain.Audit;

/// <summary>
/// The last entry this process knows of in each chain, and the version of the chain's head it last saw: a
/// hint like the head itself, so a wrong or old value costs only a probe. Bounded, in two generations of up
/// to half the capacity each: when the newer one fills, the older is dropped and a new one begun, so the
/// chains appended to lately (a busy user's, above all) are kept while those not seen for long are forgotten.
/// </summary>
internal sealed class ChainTipCache(int capacity)
{
    private readonly int _generationSize = Math.Max(1, capacity / 2);
    private readonly Lock _turn = new();
    private volatile ConcurrentDictionary<string, ChainTip> _newer = new(StringComparer.Ordinal);
    private volatile ConcurrentDictionary<string, ChainTip> _older = new(StringComparer.Ordinal);

    public bool TryGet(AuditChain chain, out ChainTip tip)
    {
        if (capacity > 0 && (_newer.TryGetValue(chain.Name, out var found) || _older.TryGetValue(chain.Name, out found)))
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

        var newer = _newer;
        if (newer.Count >= _generationSize && !newer.ContainsKey(chain.Name))
        {
            lock (_turn)
            {
                if (ReferenceEquals(newer, _newer))
                {
                    _older = newer;
                    _newer = new ConcurrentDictionary<string, ChainTip>(StringComparer.Ordinal);
                }

                newer = _newer;
            }
        }

        // A chain remembered only in the older generation moves to the newer, keeping the later of the two tips.
        if (_older.TryGetValue(chain.Name, out var older) && older.Seq > tip.Seq)
        {
            tip = older;
        }

        newer.AddOrUpdate(chain.Name, tip, (_, known) => known.Seq > tip.Seq ? known : tip);
    }
}

/// <summary>A chain's last known entry (0 and the genesis hash for an empty chain) and its head's version as last seen.</summary>
internal readonly record struct ChainTip(long Seq, string Hash, string? HeadETag)
{
    public static ChainTip Empty { get; } = new(0, AuditCanonicalForm.Genesis, null);
}
