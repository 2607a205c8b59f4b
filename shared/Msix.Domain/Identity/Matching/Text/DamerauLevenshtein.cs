namespace Msix.Domain.Identity.Matching.Text;

/// <summary>
/// Edit distance with adjacent transpositions, in its optimal string alignment form: the fewest insertions,
/// deletions, substitutions and swaps of two neighbouring characters that turn one string into the other,
/// no character being edited twice. Characters are compared ordinally, so compare folded names.
/// </summary>
public static class DamerauLevenshtein
{
    private const int StackLimit = 255;

    /// <summary>
    /// The optimal string alignment distance: "martha"/"marhta" is 1, "ca"/"abc" is 3. Does not allocate for
    /// strings of up to 255 characters (after their common prefix and suffix).
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // A common prefix or suffix costs nothing and changes nothing.
        var prefix = a.CommonPrefixLength(b);
        a = a[prefix..];
        b = b[prefix..];
        var suffix = CommonSuffixLength(a, b);
        a = a[..^suffix];
        b = b[..^suffix];

        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        // b is now the shorter: rows are as long as b, plus one.
        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        Span<int> rows = width <= StackLimit + 1 ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows.Slice(0, width);
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);

        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = a[i - 1];
            for (var j = 1; j < width; j++)
            {
                var cb = b[j - 1];
                var cost = ca == cb ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb)
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            // Rotate: the row before the previous is overwritten next.
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// True when the distance is at most 1: the strings are equal or differ by one insertion, deletion,
    /// substitution or swap of two neighbouring characters. Linear time, no table.
    /// </summary>
    public static bool WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var difference = a.Length - b.Length;
        if (difference is > 1 or < -1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        if (difference == 0)
        {
            // One substitution, or one swap of neighbours.
            return a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])
                || (prefix + 1 < a.Length
                    && a[prefix] == b[prefix + 1]
                    && a[prefix + 1] == b[prefix]
                    && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]));
        }

        // One insertion into the shorter.
        return difference > 0
            ? a[(prefix + 1)..].SequenceEqual(b[prefix..])
            : b[(prefix + 1)..].SequenceEqual(a[prefix..]);
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var suffix = 0;
        while (suffix < length && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        return suffix;
    }
}
