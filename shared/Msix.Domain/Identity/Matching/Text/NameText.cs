using System.Buffers;
using System.Globalization;
using System.Text;

namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// The comparison forms of a name: folded (accents dropped, lower case, letters a-z and single spaces),
/// split into words without particles, or compacted into one word.
/// </summary>
public static class NameText
{
    // Particles dropped when a real word follows them: "María de los Ángeles", "De La Cruz", "Van der Berg".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "di", "du", "le", "st",
    };

    /// <summary>
    /// The comparison form of one name: accents and other combining marks dropped (José → jose, Muñoz → munoz),
    /// lower case, only the letters a-z; hyphens, periods, commas, spaces and any other separator become one
    /// space; apostrophes are removed, joining the word (O'Brien → obrien, D'Angelo → dangelo); trimmed.
    /// Letters that do not decompose are transliterated (ß → ss, æ → ae, ø → o, ł → l, đ → d, þ → th);
    /// letters of other scripts are dropped. Null or blank gives "". A value already folded is returned as is.
    /// </summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (IsFolded(value))
        {
            return value;
        }

        if (Ascii.IsValid(value))
        {
            return FoldAscii(value);
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        char[]? rented = null;
        var capacity = decomposed.Length * 2;
        var buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var writer = new Writer(buffer);
            foreach (var c in decomposed)
            {
                if (c < 0x80)
                {
                    writer.Ascii(c);
                }
                else if (IsApostrophe(c))
                {
                    // Removed: the word goes on.
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    // A combining mark left by the decomposition: dropped.
                }
                else if (Transliteration(c) is { Length: > 0 } letters)
                {
                    writer.Letters(letters);
                }
                else if (!char.IsLetter(c))
                {
                    writer.Separator();
                }
            }

            return writer.ToString();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The folded words of a name, without the particles de, del, la, las, los, da, das, do, dos, van, von, der,
    /// di, du, le and st when a word that is not a particle follows them, and without y and e when they join two
    /// words ("García y López"). A name made only of particles keeps them. "María de los Ángeles" → [maria, angeles];
    /// "De La Cruz" → [cruz]; "García-López" → [garcia, lopez]; "O'Brien" → [obrien]. Null or blank gives none.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string? value)
    {
        var folded = Fold(value);
        if (folded.Length == 0)
        {
            return [];
        }

        var words = folded.Split(' ');
        if (words.Length == 1)
        {
            return words;
        }

        // Walk from the end, remembering whether a real (non-particle) word follows the current one.
        var keep = new bool[words.Length];
        var kept = 0;
        var realWordFollows = false;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            var drop = realWordFollows && (Particles.Contains(word) || (i > 0 && IsConjunction(word)));
            if (!drop)
            {
                keep[i] = true;
                kept++;
            }

            if (!Particles.Contains(word) && !IsConjunction(word))
            {
                realWordFollows = true;
            }
        }

        if (kept == words.Length)
        {
            return words;
        }

        var tokens = new string[kept];
        var next = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (keep[i])
            {
                tokens[next++] = words[i];
            }
        }

        return tokens;
    }

    /// <summary>
    /// All the words of <see cref="Tokens"/> joined without a space, to compare names split differently:
    /// "De la Cruz" → "cruz", "Mc Donald" → "mcdonald", "Garcia Lopez" → "garcialopez". Null or blank gives "".
    /// </summary>
    public static string Compact(string? value)
    {
        var tokens = Tokens(value);
        return tokens.Count switch
        {
            0 => "",
            1 => tokens[0],
            _ => string.Concat(tokens),
        };
    }

    private static bool IsConjunction(string word) => word is "y" or "e";

    // Already letters a-z in words separated by single spaces, no leading or trailing space.
    private static bool IsFolded(string value)
    {
        var previousSpace = true;
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                previousSpace = false;
            }
            else if (c == ' ' && !previousSpace)
            {
                previousSpace = true;
            }
            else
            {
                return false;
            }
        }

        return !previousSpace;
    }

    private static string FoldAscii(string value)
    {
        char[]? rented = null;
        var buffer = value.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            var writer = new Writer(buffer);
            foreach (var c in value)
            {
                writer.Ascii(c);
            }

            return writer.ToString();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool IsApostrophe(char c) =>
        c is '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u02BC' or '\u02B9' or '\u2032';

    // Letters that FormD leaves whole.
    private static string? Transliteration(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        'ħ' or 'Ħ' => "h",
        _ => null,
    };

    private ref struct Writer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private bool _pendingSpace;

        public void Ascii(char c)
        {
            if (c is >= 'a' and <= 'z')
            {
                Letter(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                Letter((char)(c | 0x20));
            }
            else if (c is '\'' or '`')
            {
                // Removed: O'Brien → obrien.
            }
            else
            {
                Separator();
            }
        }

        public void Letters(string letters)
        {
            foreach (var c in letters)
            {
                Letter(c);
            }
        }

        public void Separator() => _pendingSpace = _length > 0;

        public override readonly string ToString() => new(_buffer[.._length]);

        private void Letter(char c)
        {
            if (_pendingSpace)
            {
                _buffer[_length++] = ' ';
                _pendingSpace = false;
            }

            _buffer[_length++] = c;
        }
    }
}
