using System.Text;
using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Reading;

/// <summary>A code set's codes as UTF-8 bytes, looked up without allocating, ignoring case.</summary>
internal static class CodeTable<T>
    where T : struct, Enum
{
    private static readonly (byte[] Code, T Value)[] Codes =
        [.. CodeSet<T>.Entries.Select(e => (Encoding.UTF8.GetBytes(e.Code), e.Value))];

    /// <summary>The codes of up to 16 ASCII characters, lower-cased and packed into two words, for the usual lookup.</summary>
    private static readonly Packed[] Short =
        [.. Codes.Where(c => c.Code.Length <= 16 && Ascii.IsValid(c.Code)).Select(c => Pack(c.Code, out var packed) ? packed with { Value = c.Value } : default)];

    /// <summary>The codes for an error message: with their meanings when there are few.</summary>
    public static readonly string Listing = CodeSet<T>.Entries.Count <= 8
        ? string.Join(", ", CodeSet<T>.Entries.Select(e => $"{e.Code} ({e.Meaning})"))
        : string.Join(", ", CodeSet<T>.Entries.Select(e => e.Code));

    public static bool TryParse(ReadOnlySpan<byte> text, out T value)
    {
        if (Pack(text, out var packed))
        {
            foreach (var code in Short)
            {
                if (code.Low == packed.Low && code.High == packed.High && code.Length == packed.Length)
                {
                    value = code.Value;
                    return true;
                }
            }

            // Every code that short is in the table: no other can match.
            value = default;
            return false;
        }

        foreach (var (code, candidate) in Codes)
        {
            if (code.Length == text.Length && Ascii.EqualsIgnoreCase(code, text))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Packs up to 16 ASCII bytes, with letters lower-cased; false for anything longer or not ASCII.</summary>
    private static bool Pack(ReadOnlySpan<byte> text, out Packed packed)
    {
        packed = default;
        if (text.Length > 16)
        {
            return false;
        }

        ulong low = 0, high = 0;
        for (var i = 0; i < text.Length; i++)
        {
            ulong b = text[i];
            if (b >= 0x80)
            {
                return false;
            }

            if (b - 'A' <= 'Z' - 'A')
            {
                b |= 0x20;
            }

            if (i < 8)
            {
                low |= b << (8 * i);
            }
            else
            {
                high |= b << (8 * (i - 8));
            }
        }

        packed = new Packed(low, high, text.Length, default);
        return true;
    }

    private readonly record struct Packed(ulong Low, ulong High, int Length, T Value);
}
