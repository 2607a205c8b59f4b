using System.Text;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The StateStudentId by which rows are grouped: the value trimmed of white space (Unicode white space too),
/// compared byte for byte. The same normalisation for every file of a submission, so a child's rows meet.
/// </summary>
internal static class SpoolKey
{
    /// <summary>The key of a raw (valid UTF-8) value, or an empty span when the value is blank.</summary>
    public static ReadOnlySpan<byte> Normalize(ReadOnlySpan<byte> raw, out byte[]? rewritten)
    {
        rewritten = null;
        var trimmed = raw.Trim(" \t\r\n"u8);
        if (System.Text.Unicode.Utf8.IsValid(trimmed) && !System.Text.Ascii.IsValid(trimmed))
        {
            var text = Encoding.UTF8.GetString(trimmed);
            var trimmedText = text.Trim();
            if (trimmedText.Length != text.Length)
            {
                rewritten = Encoding.UTF8.GetBytes(trimmedText);
                return rewritten;
            }
        }

        return trimmed;
    }

    /// <summary>The key of a raw value known to be valid UTF-8 (as every field of a readable CSV record is): as <see cref="Normalize"/>.</summary>
    public static ReadOnlySpan<byte> NormalizeValid(ReadOnlySpan<byte> raw)
    {
        var trimmed = FieldReader.Trim(raw);
        return System.Text.Ascii.IsValid(trimmed) ? trimmed : Normalize(trimmed, out _);
    }

    /// <summary>The key of a decoded value.</summary>
    public static byte[] Of(string value) => Encoding.UTF8.GetBytes(value.Trim());
}
