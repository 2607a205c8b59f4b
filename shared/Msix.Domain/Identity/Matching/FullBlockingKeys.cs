using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The blocking keys this process has seen full. A key document stops taking members at twice
/// <see cref="MatchThresholds.MaxBlockSize"/> and never loses one (a merge or split only relabels them), so a
/// key once full stays full: it finds no candidates, takes no record and lists no one for a search, and
/// neither the matcher nor the search needs to read it again. Full key documents are the largest there are.
/// Bounded: when it holds <see cref="Capacity"/> keys it is emptied and fills again.
/// </summary>
public sealed class FullBlockingKeys(IOptions<MatchThresholds> thresholds)
{
    /// <summary>The most keys remembered.</summary>
    public const int Capacity = 1_000_000;

    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <summary>The members a full key document holds.</summary>
    public int FullSize => thresholds.Value.MaxBlockSize * 2;

    /// <summary>Whether <paramref name="key"/> was seen full.</summary>
    public bool IsFull(string key) => _keys.ContainsKey(key);

    /// <summary>Remembers <paramref name="key"/> as full when <paramref name="document"/> (its document as read) is.</summary>
    public void Note(string key, BlockingKeyDocument? document)
    {
        if (document is null || document.Members.Count < FullSize)
        {
            return;
        }

        if (_keys.Count >= Capacity)
        {
            _keys.Clear();
        }

        _keys.TryAdd(key, 0);
    }
}
