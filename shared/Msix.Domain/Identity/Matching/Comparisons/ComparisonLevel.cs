namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// One level of a comparison. At a term-frequency level, u is the frequency of the agreeing value rather
/// than the level's average, so agreeing on a common surname (Garcia) weighs less than on a rare one.
/// </summary>
/// <param name="Name">A short name ("exact", "day and month swapped").</param>
/// <param name="IsNull">The null level: a value is missing, no evidence either way.</param>
/// <param name="TermFrequency">Whether u is adjusted by the agreeing value's frequency.</param>
public sealed record ComparisonLevel(string Name, bool IsNull = false, bool TermFrequency = false)
{
    /// <summary>The null level every comparison starts with.</summary>
    public static ComparisonLevel Null { get; } = new("missing", IsNull: true);
}
