using System.Collections.Concurrent;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// One string object for each folded name, city or code the match records hold, shared by every record that
/// holds it. Names repeat (a nation has far fewer names than children), so records built through the pool take
/// less memory, and comparing a record against many touches the same few strings, which stay in the processor's
/// cache, instead of a copy of each per record. Holds at most <see cref="Capacity"/> values; past that a value
/// is kept as given. Thread-safe.
/// </summary>
public sealed class NamePool(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The pool the match records are built through: a million values, some tens of megabytes at most.</summary>
    public static NamePool Shared { get; } = new(1 << 20);

    /// <summary>The most values the pool keeps.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>The pooled string equal to <paramref name="value"/> (<paramref name="value"/> itself when the pool is full).</summary>
    public string Share(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "";
        }

        if (_values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        return _values.Count < Capacity ? _values.GetOrAdd(value, value) : value;
    }
}
