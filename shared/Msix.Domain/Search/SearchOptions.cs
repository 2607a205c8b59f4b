using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Search;

/// <summary>Limits of the student search. Bound from <c>Msix:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Msix:Search";

    /// <summary>The most State records the criteria's blocking keys may name; past it the search is refused as too broad.</summary>
    [Range(10, 10_000)]
    public int MaxCandidates { get; set; } = 400;

    /// <summary>The most State records one search reads and scores: those sharing the most blocking keys with the criteria.</summary>
    [Range(5, 10_000)]
    public int MaxScored { get; set; } = 20;

    /// <summary>
    /// The lowest score (bits of evidence for the child, over the criteria) a child must reach to be listed. It is
    /// below zero because the match model weighs one wrong digit of a birth date at about −12 bits (State records
    /// rarely differ that way, while staff slip when typing): a common name with one slip in the birth day scores
    /// below zero. Namesakes are kept out by <see cref="ListWithinBits"/> whenever a child fits well.
    /// </summary>
    [Range(-50, 50)]
    public double MinimumScore { get; set; } = -8;

    /// <summary>
    /// How far (bits) below the best child a child may score and still be listed: 10 bits is odds of about a
    /// thousand to one against it being the child sought rather than the best. A child the criteria fit far
    /// worse than another is a namesake, and listing one shows a stranger's name and birth date for nothing.
    /// Searches by MSIX ID or by State student ID list every record of the child, whatever their scores.
    /// </summary>
    [Range(1, 100)]
    public double ListWithinBits { get; set; } = 10;

    /// <summary>The most results one page holds.</summary>
    [Range(1, 200)]
    public int MaxPageSize { get; set; } = 50;
}
