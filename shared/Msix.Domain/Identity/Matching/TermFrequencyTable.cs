using System.Collections.Frozen;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// How often the most common values of a field occur among the records (as a share of the records that have
/// the field), and the share taken for any value not listed (at most that of the least common value listed).
/// </summary>
/// <param name="Frequencies">The listed values and their shares.</param>
/// <param name="Rare">The share of a value not listed.</param>
public sealed record TermFrequencyTable(IReadOnlyDictionary<string, double> Frequencies, double Rare)
{
    private FrozenDictionary<string, double>? _frozen;

    /// <summary>The share of records with <paramref name="value"/>.</summary>
    public double Of(string value)
    {
        _frozen ??= Frequencies.ToFrozenDictionary(StringComparer.Ordinal);
        return _frozen.TryGetValue(value, out var share) ? share : Rare;
    }
}
