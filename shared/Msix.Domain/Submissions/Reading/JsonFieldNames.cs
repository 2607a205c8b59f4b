using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Finds a JSON property's field in a section, ignoring case, without allocating: first by the field a
/// writer most likely puts next (the schema's order), then by a lookup of all names.
/// </summary>
internal sealed class JsonFieldNames
{
    /// <summary>Names that are not fields of the section.</summary>
    public const int Unknown = -1;

    private readonly byte[][] _exact;
    private readonly (byte[] Name, int Code)[] _extraExact;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, int> _byName;

    /// <param name="extra">More names the object may hold (the arrays of a child's line), with their codes.</param>
    public JsonFieldNames(SectionSpec section, IReadOnlyDictionary<string, int>? extra = null)
    {
        _exact = [.. section.Fields.Select(f => Encoding.UTF8.GetBytes(f.JsonName))];
        _extraExact = [.. (extra ?? new Dictionary<string, int>()).Select(p => (Encoding.UTF8.GetBytes(p.Key), p.Value))];
        var names = section.Fields.Select((f, i) => KeyValuePair.Create(f.JsonName, i)).ToList();
        names.AddRange(extra ?? new Dictionary<string, int>());
        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The field (or extra code) of the property the reader is on; <paramref name="expected"/> is the field tried first.</summary>
    public int Find(ref Utf8JsonReader reader, int expected, out string? unknownName)
    {
        unknownName = null;
        if (!reader.ValueIsEscaped)
        {
            // Writers usually follow the schema's order, leaving out empty fields: look ahead from the expected
            // field, then behind it, for the name as the schema spells it (most names differ in length).
            var name = reader.ValueSpan;
            var start = Math.Clamp(expected, 0, _exact.Length);
            for (var field = start; field < _exact.Length; field++)
            {
                if (_exact[field].Length == name.Length && name.SequenceEqual(_exact[field]))
                {
                    return field;
                }
            }

            for (var field = 0; field < start; field++)
            {
                if (_exact[field].Length == name.Length && name.SequenceEqual(_exact[field]))
                {
                    return field;
                }
            }

            foreach (var (extraName, code) in _extraExact)
            {
                if (extraName.Length == name.Length && name.SequenceEqual(extraName))
                {
                    return code;
                }
            }
        }

        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= 64)
        {
            Span<char> chars = stackalloc char[64];
            var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
            if (_lookup.TryGetValue(chars[..length], out var found))
            {
                return found;
            }
        }
        else if (_byName.TryGetValue(reader.GetString()!, out var found))
        {
            return found;
        }

        unknownName = reader.GetString();
        return Unknown;
    }
}
