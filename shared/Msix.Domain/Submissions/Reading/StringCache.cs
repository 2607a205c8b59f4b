using System.Buffers.Binary;
using System.Text;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Decodes short UTF-8 values into strings, giving the same string for the same value: names, school names,
/// cities, course titles and codes repeat from child to child, and sharing them saves decoding, allocating
/// and holding thousands of copies. A two-way set-associative table of (key, string) pairs. A value of up to
/// 7 bytes is its own key (its bytes and length packed into one word), so finding it compares one word and
/// never touches the string; a longer value's key is a hash, and a hit is confirmed against the string.
/// Bounded by its size. One per worker, never shared between threads.
/// </summary>
internal sealed class StringCache
{
    private const int MaxLength = 64;
    private const int Slots = 16 * 1024;
    private const int MaxPacked = 7;

    /// <summary>Set in the key of a packed value, never in a hash.</summary>
    private const ulong PackedFlag = 1UL << 63;

    private readonly Entry[] _entries = new Entry[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var packed = utf8.Length <= MaxPacked;
        var ascii = false;
        var key = packed ? Pack(utf8) : Hash(utf8, out ascii) & ~PackedFlag;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> 48) & (Slots - 2);
        ref var first = ref _entries[slot];
        if (first.Key == key && first.Value is { } hit && (packed || Matches(utf8, ascii, hit)))
        {
            return hit;
        }

        ref var second = ref _entries[slot + 1];
        if (second.Key == key && second.Value is { } other && (packed || Matches(utf8, ascii, other)))
        {
            // Keep the last used of the two in the first way.
            (first, second) = (second, first);
            return other;
        }

        var text = Encoding.UTF8.GetString(utf8);
        second = first;
        first = new Entry(key, text);
        return text;
    }

    /// <summary>The bytes of a value of up to <see cref="MaxPacked"/> bytes and its length, in one word: one word per value.</summary>
    private static ulong Pack(ReadOnlySpan<byte> utf8)
    {
        var word = PackedFlag | ((ulong)utf8.Length << 56);
        for (var i = 0; i < utf8.Length; i++)
        {
            word |= (ulong)utf8[i] << (8 * i);
        }

        return word;
    }

    private static bool Matches(ReadOnlySpan<byte> utf8, bool ascii, string text)
    {
        if (ascii)
        {
            return Ascii.Equals(utf8, text);
        }

        Span<char> chars = stackalloc char[MaxLength];
        return Encoding.UTF8.TryGetChars(utf8, chars, out var written) && chars[..written].SequenceEqual(text);
    }

    private static ulong Hash(ReadOnlySpan<byte> data, out bool ascii)
    {
        var hash = 14695981039346656037UL ^ (ulong)data.Length;
        var high = 0UL;
        while (data.Length >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data);
            high |= word;
            hash = (hash ^ word) * 1099511628211UL;
            hash ^= hash >> 29;
            data = data[8..];
        }

        foreach (var b in data)
        {
            high |= b;
            hash = (hash ^ b) * 1099511628211UL;
        }

        ascii = (high & 0x8080808080808080UL) == 0;
        return hash ^ (hash >> 32);
    }

    private readonly record struct Entry(ulong Key, string? Value);
}
