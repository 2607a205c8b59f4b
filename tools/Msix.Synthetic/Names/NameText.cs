using System.Globalization;
using System.Text;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Names;

/// <summary>The small ways a name's spelling drifts between two schools' records.</summary>
internal static class NameText
{
    /// <summary>The name without accents, tildes and diaereses (García → Garcia, Núñez → Nunez).</summary>
    public static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>One keying error: a letter dropped, doubled, swapped with its neighbour, or replaced by a sound-alike.</summary>
    public static string Typo(string text, SeededRandom random)
    {
        if (text.Length < 4)
        {
            return text;
        }

        // Never touch the first letter: the error is in the middle of the word, as most are.
        var i = random.Next(1, text.Length - 1);
        if (!char.IsLetter(text[i]) || !char.IsLetter(text[i + 1]))
        {
            return text;
        }

        return random.Next(4) switch
        {
            0 => text.Remove(i, 1),
            1 => text.Insert(i, text[i].ToString()),
            2 => string.Concat(text.AsSpan(0, i), text[i + 1].ToString(), text[i].ToString(), text.AsSpan(i + 2)),
            _ => string.Concat(text.AsSpan(0, i), SoundAlike(text[i]).ToString(), text.AsSpan(i + 1)),
        };
    }

    private static char SoundAlike(char c) => c switch
    {
        'b' => 'v',
        'v' => 'b',
        's' => 'z',
        'z' => 's',
        'c' => 's',
        'y' => 'i',
        'i' => 'y',
        'j' => 'h',
        'g' => 'j',
        'e' => 'a',
        'a' => 'e',
        'o' => 'u',
        'n' => 'm',
        'm' => 'n',
        'r' => 'l',
        'l' => 'r',
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' => 'u',
        'ñ' => 'n',
        _ => 'e',
    };
}
