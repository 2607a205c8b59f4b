using System.Globalization;

namespace Msix.Synthetic.Randomness;

/// <summary>
/// Values drawn with realistic frequencies. Written compactly as "García:90|López:70|Zamudio:1": a value
/// and its relative weight, separated by bars.
/// </summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public Weighted(IEnumerable<(T Value, int Weight)> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0 || list.Any(e => e.Weight <= 0))
        {
            throw new ArgumentException("A weighted list needs entries with positive weights.", nameof(entries));
        }

        _values = [.. list.Select(e => e.Value)];
        _cumulative = new int[list.Count];
        var total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Values => _values;

    public T Pick(SeededRandom random)
    {
        var target = random.Next(_cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, target + 1);
        return _values[index >= 0 ? index : ~index];
    }
}

internal static class Weighted
{
    /// <summary>Reads "value:weight|value:weight"; a value without a weight weighs 1.</summary>
    public static Weighted<string> Parse(string entries) =>
        new(entries.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var colon = entry.LastIndexOf(':');
            return colon < 0
                ? (entry, 1)
                : (entry[..colon].Trim(), int.Parse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        }));

    public static Weighted<T> Of<T>(params (T Value, int Weight)[] entries) => new(entries);
}
