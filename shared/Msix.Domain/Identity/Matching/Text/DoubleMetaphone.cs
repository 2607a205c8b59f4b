namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// Lawrence Philips' Double Metaphone (C/C++ Users Journal, June 2000): a primary and an alternate phonetic key
/// of a name, with its rules for Spanish, Italian, Germanic, Slavic, French, Greek and Chinese spellings.
/// Smith → SM0/XMT and Schmidt → XMT/SMT share XMT; Garcia → KRS/KRX; Jose → HS.
/// </summary>
/// <remarks>
/// Three additions for Hispanic names, in words that are not Slavo-Germanic (no W, K or CZ), each giving only
/// an alternate key: an initial H before a vowel is also silent (Hernandez → HRNN/ARNN shares ARNN with
/// Ernandez); an initial J is also H rather than the Germanic Y (Javier → JF/HFR, Jesus → JSS/HSS); an initial X
/// before a vowel is also H (Xavier → SF/HFR shares HFR with Javier; Ximena/Jimena). Without them the keys are
/// those of the published algorithm.
/// </remarks>
public static class DoubleMetaphone
{
    /// <summary>The usual length of a key.</summary>
    public const int DefaultMaxLength = 4;

    /// <summary>
    /// The primary and alternate keys of a folded name (letters a-z; spaces and anything else are ignored;
    /// upper-case A-Z is accepted too), each at most <paramref name="maxLength"/> characters. The alternate equals
    /// the primary when the name has a single pronunciation. A name with no letter gives two empty keys.
    /// </summary>
    public static (string Primary, string Alternate) Encode(string folded, int maxLength = DefaultMaxLength) =>
        Encode(folded, maxLength, hispanic: true);

    /// <summary>The keys with or without the Hispanic additions (without them: the published algorithm).</summary>
    internal static (string Primary, string Alternate) Encode(string folded, int maxLength, bool hispanic)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        // The word in upper case, letters only, followed by spaces so that look-ahead past the end reads ' '.
        const int Padding = 5;
        var word = folded.Length + Padding <= 128 ? stackalloc char[128] : new char[folded.Length + Padding];
        var length = 0;
        foreach (var raw in folded)
        {
            var c = (char)(raw & ~0x20);
            if (c is >= 'A' and <= 'Z' && (raw is >= 'a' and <= 'z' || raw is >= 'A' and <= 'Z'))
            {
                word[length++] = c;
            }
        }

        if (length == 0)
        {
            return ("", "");
        }

        word[length..(length + Padding)].Fill(' ');
        word = word[..(length + Padding)];

        var keyCapacity = maxLength + 4;
        var primary = keyCapacity <= 64 ? stackalloc char[64] : new char[keyCapacity];
        var alternate = keyCapacity <= 64 ? stackalloc char[64] : new char[keyCapacity];
        var encoder = new Encoder(word, length, primary, alternate, maxLength, hispanic);
        encoder.Run();
        return encoder.Result();
    }

    private ref struct Encoder
    {
        private readonly ReadOnlySpan<char> _word;
        private readonly int _length;
        private readonly int _last;
        private readonly Span<char> _primary;
        private readonly Span<char> _alternate;
        private readonly int _maxLength;
        private readonly bool _hispanic;
        private readonly bool _slavoGermanic;
        private int _primaryLength;
        private int _alternateLength;

        public Encoder(ReadOnlySpan<char> word, int length, Span<char> primary, Span<char> alternate, int maxLength, bool hispanic)
        {
            _word = word;
            _length = length;
            _last = length - 1;
            _primary = primary;
            _alternate = alternate;
            _maxLength = maxLength;
            _hispanic = hispanic;
            var letters = word[..length];
            _slavoGermanic = letters.Contains('W') || letters.Contains('K') || letters.IndexOf("CZ", StringComparison.Ordinal) >= 0;
            _primaryLength = 0;
            _alternateLength = 0;
        }

        public readonly (string Primary, string Alternate) Result()
        {
            var primary = new string(_primary[..Math.Min(_primaryLength, _maxLength)]);
            var alternate = _alternate[..Math.Min(_alternateLength, _maxLength)];
            return (primary, alternate.SequenceEqual(primary) ? primary : new string(alternate));
        }

        public void Run()
        {
            var current = 0;

            // Silent first letters: GNome, KNight, PNeumonia, WRite, PSychology.
            if (At(0, "GN", "KN", "PN", "WR", "PS"))
            {
                current = 1;
            }

            // An initial X sounds S: Xavier (in Spanish also H: Javier).
            if (CharAt(0) == 'X')
            {
                if (_hispanic && !_slavoGermanic && IsVowel(1))
                {
                    Add("S", "H");
                }
                else
                {
                    Add("S");
                }

                current = 1;
            }

            while (current < _length && (_primaryLength < _maxLength || _alternateLength < _maxLength))
            {
                current = CharAt(current) switch
                {
                    'A' or 'E' or 'I' or 'O' or 'U' or 'Y' => Vowel(current),
                    'B' => Simple(current, 'B', "P"),
                    'C' => C(current),
                    'D' => D(current),
                    'F' => Simple(current, 'F', "F"),
                    'G' => G(current),
                    'H' => H(current),
                    'J' => J(current),
                    'K' => Simple(current, 'K', "K"),
                    'L' => L(current),
                    'M' => M(current),
                    'N' => Simple(current, 'N', "N"),
                    'P' => P(current),
                    'Q' => Simple(current, 'Q', "K"),
                    'R' => R(current),
                    'S' => S(current),
                    'T' => T(current),
                    'V' => Simple(current, 'V', "F"),
                    'W' => W(current),
                    'X' => X(current),
                    'Z' => Z(current),
                    _ => current + 1,
                };
            }
        }

        // A vowel counts only at the start of the word, and every first vowel is A.
        private int Vowel(int current)
        {
            if (current == 0)
            {
                Add("A");
            }

            return current + 1;
        }

        // One sound for the letter, and one for a doubled letter.
        private int Simple(int current, char letter, string sound)
        {
            Add(sound);
            return CharAt(current + 1) == letter ? current + 2 : current + 1;
        }

        private int C(int current)
        {
            // Germanic -ACH- (Bacher, Macher) sounds K, but not -ACHI- or -ACHE- (Bacchi, ache).
            if (current > 1
                && !IsVowel(current - 2)
                && At(current - 1, "ACH")
                && CharAt(current + 2) != 'I'
                && (CharAt(current + 2) != 'E' || At(current - 2, "BACHER", "MACHER")))
            {
                Add("K");
                return current + 2;
            }

            if (current == 0 && At(current, "CAESAR"))
            {
                Add("S");
                return current + 2;
            }

            // Italian: Chianti.
            if (At(current, "CHIA"))
            {
                Add("K");
                return current + 2;
            }

            if (At(current, "CH"))
            {
                return CH(current);
            }

            // Polish: Czerny, but not -WICZ.
            if (At(current, "CZ") && !At(current - 2, "WICZ"))
            {
                Add("S", "X");
                return current + 2;
            }

            // Italian: Focaccia.
            if (At(current + 1, "CIA"))
            {
                Add("X");
                return current + 3;
            }

            // A double C, but not the initial McC of McClellan.
            if (At(current, "CC") && !(current == 1 && CharAt(0) == 'M'))
            {
                // Bellocchio, Bacci, Accident, Succeed; but not Bacchus.
                if (At(current + 2, "I", "E", "H") && !At(current + 2, "HU"))
                {
                    if ((current == 1 && CharAt(0) == 'A') || At(current - 1, "UCCEE", "UCCES"))
                    {
                        Add("KS");
                    }
                    else
                    {
                        Add("X");
                    }

                    return current + 3;
                }

                Add("K");
                return current + 2;
            }

            if (At(current, "CK", "CG", "CQ"))
            {
                Add("K");
                return current + 2;
            }

            if (At(current, "CI", "CE", "CY"))
            {
                // Italian CIO, CIE, CIA are also CH: Garcia.
                if (At(current, "CIO", "CIE", "CIA"))
                {
                    Add("S", "X");
                }
                else
                {
                    Add("S");
                }

                return current + 2;
            }

            Add("K");

            // Mac Caffrey, Mac Gregor: skip the second letter of the pair.
            if (At(current + 1, " C", " Q", " G"))
            {
                return current + 3;
            }

            if (At(current + 1, "C", "K", "Q") && !At(current + 1, "CE", "CI"))
            {
                return current + 2;
            }

            return current + 1;
        }

        private int CH(int current)
        {
            // Michael.
            if (current > 0 && At(current, "CHAE"))
            {
                Add("K", "X");
                return current + 2;
            }

            // Greek roots at the start: Character, Charisma, Chorus, Chymist, Chemistry; but not Chore.
            if (current == 0
                && (At(current + 1, "HARAC", "HARIS") || At(current + 1, "HOR", "HYM", "HIA", "HEM"))
                && !At(0, "CHORE"))
            {
                Add("K");
                return current + 2;
            }

            // Germanic, Greek or otherwise a KH sound: Van/Von, Sch-, Orchestra, Architect, Orchid, -CHT-, -CHS-,
            // and CH before a consonant or at the end after a vowel or at the start.
            if (At(0, "VAN ", "VON ")
                || At(0, "SCH")
                || At(current - 2, "ORCHES", "ARCHIT", "ORCHID")
                || At(current + 2, "T", "S")
                || ((At(current - 1, "A", "O", "U", "E") || current == 0)
                    && At(current + 2, "L", "R", "N", "M", "B", "H", "F", "V", "W", " ")))
            {
                Add("K");
            }
            else if (current > 0)
            {
                // McHugh is K; otherwise CH or K (Church, Bach).
                if (At(0, "MC"))
                {
                    Add("K");
                }
                else
                {
                    Add("X", "K");
                }
            }
            else
            {
                Add("X");
            }

            return current + 2;
        }

        private int D(int current)
        {
            if (At(current, "DG"))
            {
                // Edge is J, Edgar is TK.
                if (At(current + 2, "I", "E", "Y"))
                {
                    Add("J");
                    return current + 3;
                }

                Add("TK");
                return current + 2;
            }

            Add("T");
            return At(current, "DT", "DD") ? current + 2 : current + 1;
        }

        private int G(int current)
        {
            if (CharAt(current + 1) == 'H')
            {
                return GH(current);
            }

            if (CharAt(current + 1) == 'N')
            {
                if (current == 1 && IsVowel(0) && !_slavoGermanic)
                {
                    Add("KN", "N");
                }
                else if (!At(current + 2, "EY") && CharAt(current + 1) != 'Y' && !_slavoGermanic)
                {
                    // Cagney keeps its G.
                    Add("N", "KN");
                }
                else
                {
                    Add("KN");
                }

                return current + 2;
            }

            // Italian: Tagliaro.
            if (At(current + 1, "LI") && !_slavoGermanic)
            {
                Add("KL", "L");
                return current + 2;
            }

            // -GES-, -GEP-, -GEL-, -GIE- and the like at the start: K or J.
            if (current == 0
                && (CharAt(current + 1) == 'Y'
                    || At(current + 1, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")))
            {
                Add("K", "J");
                return current + 2;
            }

            // -GER- and -GY-, but not Danger, Ranger, Manger, nor after E or I, nor -RGY- or -OGY-.
            if ((At(current + 1, "ER") || CharAt(current + 1) == 'Y')
                && !At(0, "DANGER", "RANGER", "MANGER")
                && !At(current - 1, "E", "I")
                && !At(current - 1, "RGY", "OGY"))
            {
                Add("K", "J");
                return current + 2;
            }

            // Soft before E, I, Y, and in Italian -AGGI-, -OGGI- (Biaggi).
            if (At(current + 1, "E", "I", "Y") || At(current - 1, "AGGI", "OGGI"))
            {
                if (At(0, "VAN ", "VON ") || At(0, "SCH") || At(current + 1, "ET"))
                {
                    // Obviously Germanic.
                    Add("K");
                }
                else if (At(current + 1, "IER "))
                {
                    // Always soft in a French ending.
                    Add("J");
                }
                else
                {
                    Add("J", "K");
                }

                return current + 2;
            }

            Add("K");
            return CharAt(current + 1) == 'G' ? current + 2 : current + 1;
        }

        private int GH(int current)
        {
            if (current > 0 && !IsVowel(current - 1))
            {
                Add("K");
                return current + 2;
            }

            if (current == 0)
            {
                // Ghislane is J, Ghiradelli and Ghost are K.
                Add(CharAt(current + 2) == 'I' ? "J" : "K");
                return current + 2;
            }

            // Parker's rule: silent in Hugh, Bough, Broughton (a B, H or D two to four letters before).
            if ((current > 1 && At(current - 2, "B", "H", "D"))
                || (current > 2 && At(current - 3, "B", "H", "D"))
                || (current > 3 && At(current - 4, "B", "H")))
            {
                return current + 2;
            }

            // Laugh, McLaughlin, Cough, Gough, Rough, Tough are F.
            if (current > 2 && CharAt(current - 1) == 'U' && At(current - 3, "C", "G", "L", "R", "T"))
            {
                Add("F");
            }
            else if (current > 0 && CharAt(current - 1) != 'I')
            {
                Add("K");
            }

            return current + 2;
        }

        private int H(int current)
        {
            // Kept at the start or between vowels, only before a vowel.
            if ((current == 0 || IsVowel(current - 1)) && IsVowel(current + 1))
            {
                if (current == 0 && _hispanic && !_slavoGermanic)
                {
                    // Also silent, as in Spanish: the vowel after it then starts the word (Hernandez, Ernandez).
                    Add("H", "A");
                }
                else
                {
                    Add("H");
                }

                return current + 2;
            }

            return current + 1;
        }

        private int J(int current)
        {
            // Obviously Spanish: Jose, San Jacinto.
            if (At(current, "JOSE") || At(0, "SAN "))
            {
                if ((current == 0 && CharAt(current + 4) == ' ') || At(0, "SAN "))
                {
                    Add("H");
                }
                else
                {
                    Add("J", "H");
                }

                return current + 1;
            }

            if (current == 0)
            {
                // J or, in Germanic and Slavic names, Y (Jankelowicz, Yankelovich); in other names the
                // Spanish H instead (Javier, Jesus, Jimenez).
                Add("J", _hispanic && !_slavoGermanic ? "H" : "A");
            }
            else if (IsVowel(current - 1) && !_slavoGermanic && (CharAt(current + 1) == 'A' || CharAt(current + 1) == 'O'))
            {
                // Spanish: Bajador, Mejia... Alejandro.
                Add("J", "H");
            }
            else if (current == _last)
            {
                Add("J", "");
            }
            else if (!At(current + 1, "L", "T", "K", "S", "N", "M", "B", "Z") && !At(current - 1, "S", "K", "L"))
            {
                Add("J");
            }

            return CharAt(current + 1) == 'J' ? current + 2 : current + 1;
        }

        private int L(int current)
        {
            if (CharAt(current + 1) == 'L')
            {
                // Spanish: Cabrillo, Castillo, Gallegos; the LL may be a Y sound.
                if ((current == _length - 3 && At(current - 1, "ILLO", "ILLA", "ALLE"))
                    || ((At(_last - 1, "AS", "OS") || At(_last, "A", "O")) && At(current - 1, "ALLE")))
                {
                    Add("L", "");
                    return current + 2;
                }

                Add("L");
                return current + 2;
            }

            Add("L");
            return current + 1;
        }

        private int M(int current)
        {
            Add("M");

            // Dumb, Thumb, Thumbelina: the B is silent.
            if ((At(current - 1, "UMB") && (current + 1 == _last || At(current + 2, "ER"))) || CharAt(current + 1) == 'M')
            {
                return current + 2;
            }

            return current + 1;
        }

        private int P(int current)
        {
            if (CharAt(current + 1) == 'H')
            {
                Add("F");
                return current + 2;
            }

            // Campbell, Raspberry.
            Add("P");
            return At(current + 1, "P", "B") ? current + 2 : current + 1;
        }

        private int R(int current)
        {
            // French: Rogier, but not Hochmeier.
            if (current == _last && !_slavoGermanic && At(current - 2, "IE") && !At(current - 4, "ME", "MA"))
            {
                Add("", "R");
            }
            else
            {
                Add("R");
            }

            return CharAt(current + 1) == 'R' ? current + 2 : current + 1;
        }

        private int S(int current)
        {
            // Island, Isle, Carlisle, Carlysle.
            if (At(current - 1, "ISL", "YSL"))
            {
                return current + 1;
            }

            if (current == 0 && At(current, "SUGAR"))
            {
                Add("X", "S");
                return current + 1;
            }

            if (At(current, "SH"))
            {
                // Germanic: Rosheim, Hoek, Holm, Holz.
                Add(At(current + 1, "HEIM", "HOEK", "HOLM", "HOLZ") ? "S" : "X");
                return current + 2;
            }

            // Italian and Armenian: -SIO-, -SIA-, -SIAN.
            if (At(current, "SIO", "SIA") || At(current, "SIAN"))
            {
                if (_slavoGermanic)
                {
                    Add("S");
                }
                else
                {
                    Add("S", "X");
                }

                return current + 3;
            }

            // German and anglicised: Smith and Schmidt, Snider and Schneider; Slavic -SZ-.
            if ((current == 0 && At(current + 1, "M", "N", "L", "W")) || At(current + 1, "Z"))
            {
                Add("S", "X");
                return At(current + 1, "Z") ? current + 2 : current + 1;
            }

            if (At(current, "SC"))
            {
                return SC(current);
            }

            // French: Resnais, Artois.
            if (current == _last && At(current - 2, "AI", "OI"))
            {
                Add("", "S");
            }
            else
            {
                Add("S");
            }

            return At(current + 1, "S", "Z") ? current + 2 : current + 1;
        }

        private int SC(int current)
        {
            // Schlesinger's rule.
            if (CharAt(current + 2) == 'H')
            {
                // Dutch: School, Schooner, Schermerhorn, Schenker.
                if (At(current + 3, "OO", "ER", "EN", "UY", "ED", "EM"))
                {
                    if (At(current + 3, "ER", "EN"))
                    {
                        Add("X", "SK");
                    }
                    else
                    {
                        Add("SK");
                    }

                    return current + 3;
                }

                if (current == 0 && !IsVowel(3) && CharAt(3) != 'W')
                {
                    Add("X", "S");
                }
                else
                {
                    Add("X");
                }

                return current + 3;
            }

            Add(At(current + 2, "I", "E", "Y") ? "S" : "SK");
            return current + 3;
        }

        private int T(int current)
        {
            if (At(current, "TION"))
            {
                Add("X");
                return current + 3;
            }

            if (At(current, "TIA", "TCH"))
            {
                Add("X");
                return current + 3;
            }

            if (At(current, "TH") || At(current, "TTH"))
            {
                // Thomas, Thames, and Germanic names are T.
                if (At(current + 2, "OM", "AM") || At(0, "VAN ", "VON ") || At(0, "SCH"))
                {
                    Add("T");
                }
                else
                {
                    Add("0", "T");
                }

                return current + 2;
            }

            Add("T");
            return At(current + 1, "T", "D") ? current + 2 : current + 1;
        }

        private int W(int current)
        {
            // Also in the middle of a word: Wright, Awry.
            if (At(current, "WR"))
            {
                Add("R");
                return current + 2;
            }

            if (current == 0 && (IsVowel(current + 1) || At(current, "WH")))
            {
                // Wasserman and Vasserman; Uomo and Womo.
                if (IsVowel(current + 1))
                {
                    Add("A", "F");
                }
                else
                {
                    Add("A");
                }
            }

            // Arnow and Arnoff; Polish -EWSKI, -OWSKY; Germanic Sch-.
            if ((current == _last && IsVowel(current - 1))
                || At(current - 1, "EWSKI", "EWSKY", "OWSKI", "OWSKY")
                || At(0, "SCH"))
            {
                Add("", "F");
                return current + 1;
            }

            // Polish: Filipowicz.
            if (At(current, "WICZ", "WITZ"))
            {
                Add("TS", "FX");
                return current + 4;
            }

            return current + 1;
        }

        private int X(int current)
        {
            // French: Breaux is silent at the end.
            if (!(current == _last && (At(current - 3, "IAU", "EAU") || At(current - 2, "AU", "OU"))))
            {
                Add("KS");
            }

            return At(current + 1, "C", "X") ? current + 2 : current + 1;
        }

        private int Z(int current)
        {
            // Chinese pinyin: Zhao.
            if (CharAt(current + 1) == 'H')
            {
                Add("J");
                return current + 2;
            }

            if (At(current + 1, "ZO", "ZI", "ZA") || (_slavoGermanic && current > 0 && CharAt(current - 1) != 'T'))
            {
                Add("S", "TS");
            }
            else
            {
                Add("S");
            }

            return CharAt(current + 1) == 'Z' ? current + 2 : current + 1;
        }

        private readonly char CharAt(int index) => index >= 0 && index < _word.Length ? _word[index] : '\0';

        private readonly bool IsVowel(int index) => CharAt(index) is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

        // True when one of the options is spelled at the index (out of range is no match).
        private readonly bool At(int index, params ReadOnlySpan<string> options)
        {
            if (index < 0)
            {
                return false;
            }

            foreach (var option in options)
            {
                if (index + option.Length <= _word.Length && _word.Slice(index, option.Length).SequenceEqual(option))
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(string sound) => Add(sound, sound);

        // Appends to each key; an empty sound adds nothing to that key.
        private void Add(string primary, string alternate)
        {
            foreach (var c in primary)
            {
                if (_primaryLength < _primary.Length)
                {
                    _primary[_primaryLength++] = c;
                }
            }

            foreach (var c in alternate)
            {
                if (_alternateLength < _alternate.Length)
                {
                    _alternate[_alternateLength++] = c;
                }
            }
        }
    }
}
