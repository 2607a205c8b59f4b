namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>Whether one record has the first name and the first surname the other way round.</summary>
internal static class NameSwap
{
    private const double Close = 0.92;

    public static bool IsSwapped(MatchRecord a, MatchRecord b)
    {
        var aLast = a.PaternalLastName;
        var bLast = b.PaternalLastName;
        if (a.FirstNameWord.Length == 0 || b.FirstNameWord.Length == 0 || aLast.Length == 0 || bLast.Length == 0)
        {
            return false;
        }

        return Similar(a.FirstNameWord, bLast) && Similar(aLast, b.FirstNameWord);
    }

    /// <summary>Equal, or close by Jaro-Winkler; names that differ in both their first two letters are not looked at further.</summary>
    private static bool Similar(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return true;
        }

        var samePrefix = x[0] == y[0] || (x.Length > 1 && y.Length > 1 && x[1] == y[1]);
        return samePrefix && NameSimilarity.JaroWinkler(x, y) >= Close;
    }
}
