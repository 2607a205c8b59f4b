using System.Text;
using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Reading;

/// <summary>A code set's codes as UTF-8 bytes, looked up without allocating, ignoring case.</summary>
internal static class CodeTable<T>
    where T : struct, Enum
{
    private static readonly (byte[] Code, T Value)[] Codes =
        [.. CodeSet<T>.Entries.Select(e => (Encoding.UTF8.GetBytes(e.Code), e.Value))];

    /// <summary>The codes for an error message: with their meanings when there are few.</summary>
    public static readonly string Listing = CodeSet<T>.Entries.Count <= 8
        ? string.Join(", ", CodeSet<T>.Entries.Select(e => $"{e.Code} ({e.Meaning})"))
        : string.Join(", ", CodeSet<T>.Entries.Select(e => e.Code));

    public static bool TryParse(ReadOnlySpan<byte> text, out T value)
    {
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
}
