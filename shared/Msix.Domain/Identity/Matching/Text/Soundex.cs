namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// American Soundex: the first letter, then the digits of the next consonant sounds, 4 characters in all
/// (Robert and Rupert → R163). Letters with the same digit side by side, or on either side of H or W, count
/// once; a vowel between them makes them count twice.
/// </summary>
public static class Soundex
{
    // The digit of each letter a-z; '0' for vowels and Y (they separate), '-' for H and W (they do not).
    private const string Digits = "0123012-02245501262301-202";

    /// <summary>
    /// The Soundex code of a folded name (letters a-z; spaces and anything else are skipped; upper-case
    /// A-Z is accepted too), such as "R163" or "L000". A name with no letter gives "".
    /// </summary>
    public static string Encode(ReadOnlySpan<char> folded)
    {
        Span<char> code = stackalloc char[4];
        var length = 0;
        var previous = '\0';
        foreach (var raw in folded)
        {
            var c = (char)(raw | 0x20);
            if (c is < 'a' or > 'z')
            {
                continue;
            }

            var digit = Digits[c - 'a'];
            if (length == 0)
            {
                code[length++] = (char)(c & ~0x20);
                previous = digit;
                continue;
            }

            if (digit == '-')
            {
                continue;
            }

            if (digit != '0' && digit != previous)
            {
                code[length++] = digit;
                if (length == 4)
                {
                    break;
                }
            }

            previous = digit;
        }

        if (length == 0)
        {
            return "";
        }

        code[length..].Fill('0');
        return new string(code);
    }
}
