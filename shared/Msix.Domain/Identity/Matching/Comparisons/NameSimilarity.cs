namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The Jaro-Winkler similarity of two folded names as the comparisons use it: in bands from <see cref="Floor"/>
/// up. Below the floor it is only known to be below, which spares the matching of most pairs of different names
/// (<see cref="Text.JaroWinkler.SimilarityAtLeast"/>).
/// </summary>
internal static class NameSimilarity
{
    /// <summary>The lowest Jaro-Winkler band a comparison tells apart: below it, names are different.</summary>
    public const double Floor = 0.70;

    /// <summary>The Jaro-Winkler similarity of two folded names when it is at least <see cref="Floor"/>; otherwise some value below it.</summary>
    public static double JaroWinkler(string a, string b) => Text.JaroWinkler.SimilarityAtLeast(a, b, Floor);
}
