using System.Buffers.Binary;
using System.Text;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Decodes short UTF-8 values into strings, giving the same string for the same value: school names,
/// cities, course titles and codes repeat from child to child, and sharing them saves decoding, allocating
/// and holding thousands of copies. A direct-mapped table looked up by the bytes themselves, so a hit costs
/// a hash and a comparison; bounded by its size. One per worker, never shared between threads.
/// </summary>
internal sealed class StringCache
{
    private const int MaxLength = 64;
    private const int Slots = 16 * 1024;
    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly string?[] _values = new string[Slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var slot = (int)(Hash(utf8) & (Slots - 1));
        if (_keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            return _values[slot]!;
        }

        var text = Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = text;
        return text;
    }

    private static ulong Hash(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL ^ (ulong)data.Length;
        while (data.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(data)) * 1099511628211UL;
            hash ^= hash >> 29;
            data = data[8..];
        }

        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash ^ (hash >> 32);
    }
}
