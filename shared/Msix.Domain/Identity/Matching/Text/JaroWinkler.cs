namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// Jaro-Winkler similarity as Winkler defined it: the Jaro similarity, raised for a common prefix of up to
/// 4 characters by 0.1 per character when the Jaro similarity exceeds 0.7. Characters are compared ordinally,
/// so compare folded names. Does not allocate for strings of up to 256 characters.
/// </summary>
public static class JaroWinkler
{
    /// <summary>Winkler's prefix scale.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>The longest common prefix that raises the similarity.</summary>
    public const int MaxPrefixLength = 4;

    /// <summary>The Jaro similarity above which the prefix raises it.</summary>
    public const double BoostThreshold = 0.7;

    /// <summary>
    /// The Jaro-Winkler similarity of two strings, from 0 (nothing in common) to 1 (equal). Two empty strings
    /// are equal (1); an empty and a non-empty string have nothing in common (0).
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        var limit = Math.Min(MaxPrefixLength, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1.0 - jaro));
    }

    /// <summary>
    /// The Jaro-Winkler similarity of two strings when it is at least <paramref name="floor"/> (at most
    /// <see cref="BoostThreshold"/>); otherwise some value below <paramref name="floor"/>. Most pairs of different
    /// names share too few letters to come near a floor: a letter of one matches only a letter of the other, so
    /// the letters of each found anywhere in the other bound the matches, and through them the similarity, before
    /// any matching is done.
    /// </summary>
    public static double SimilarityAtLeast(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double floor)
    {
        if (floor > BoostThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(floor), floor, $"The floor must be at most {BoostThreshold}: above it, the prefix can raise a similarity the bound has ruled out.");
        }

        if (a.Length > 0 && b.Length > 0)
        {
            // Below the boost threshold the similarity is the Jaro similarity, with no out-of-order matches at best.
            double most = Math.Min(FoundIn(a, b), FoundIn(b, a));
            var bound = ((most / a.Length) + (most / b.Length) + 1.0) / 3.0;
            if (bound < floor)
            {
                return bound;
            }
        }

        return Similarity(a, b);
    }

    /// <summary>How many letters of <paramref name="a"/> occur somewhere in <paramref name="b"/> (letters told apart by their low six bits, which can only count more).</summary>
    private static int FoundIn(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var letters = 0UL;
        foreach (var c in b)
        {
            letters |= 1UL << (c & 63);
        }

        var found = 0;
        foreach (var c in a)
        {
            found += (int)((letters >> (c & 63)) & 1);
        }

        return found;
    }

    /// <summary>The Jaro similarity of two strings, without Winkler's prefix adjustment.</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1.0 : 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        int matches, outOfOrder;
        if (a.Length <= 64 && b.Length <= 64)
        {
            (matches, outOfOrder) = MatchShort(a, b, window);
        }
        else
        {
            (matches, outOfOrder) = MatchLong(a, b, window);
        }

        if (matches == 0)
        {
            return 0.0;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (outOfOrder / 2)) / m)) / 3.0;
    }

    /// <summary>Matches and out-of-order matches of two names of at most 64 letters, the matched letters kept as bits.</summary>
    private static (int Matches, int OutOfOrder) MatchShort(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window)
    {
        ulong matchedA = 0, matchedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            var c = a[i];
            for (var j = start; j <= end; j++)
            {
                if ((matchedB & (1UL << j)) == 0 && c == b[j])
                {
                    matchedA |= 1UL << i;
                    matchedB |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        // Matched letters out of order, counted in pairs (halved by the caller).
        var outOfOrder = 0;
        var k = 0;
        for (var i = 0; i < a.Length && matches > 0; i++)
        {
            if ((matchedA & (1UL << i)) == 0)
            {
                continue;
            }

            while ((matchedB & (1UL << k)) == 0)
            {
                k++;
            }

            if (a[i] != b[k])
            {
                outOfOrder++;
            }

            k++;
        }

        return (matches, outOfOrder);
    }

    /// <summary>Matches and out-of-order matches of two longer names.</summary>
    private static (int Matches, int OutOfOrder) MatchLong(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window)
    {
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        var outOfOrder = 0;
        var k = 0;
        for (var i = 0; i < a.Length && matches > 0; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                outOfOrder++;
            }

            k++;
        }

        return (matches, outOfOrder);
    }
}
