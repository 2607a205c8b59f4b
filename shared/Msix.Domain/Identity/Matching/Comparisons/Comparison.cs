namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// One comparison of two records (in Splink's sense): it puts the pair in exactly one of its levels, from
/// the strongest agreement down to "else". Level 0 is always the null level (a value missing on either
/// side), which carries no evidence. Each level's m and u probabilities live in the <see cref="MatchModel"/>.
/// </summary>
public abstract class Comparison
{
    /// <summary>The comparison's name, the MDE it compares ("FirstName").</summary>
    public abstract string Name { get; }

    /// <summary>The levels, level 0 being the null level.</summary>
    public abstract IReadOnlyList<ComparisonLevel> Levels { get; }

    /// <summary>The level of the pair (0 when a value is missing on either side).</summary>
    public abstract int LevelOf(MatchRecord a, MatchRecord b);

    /// <summary>
    /// The value of <paramref name="record"/> whose frequency stands in for u when a pair agrees at the
    /// term-frequency level <paramref name="level"/>; empty when none.
    /// </summary>
    public virtual string TermOf(MatchRecord record, int level) => "";

    /// <summary>
    /// How costly <see cref="LevelOf"/> is, relative to the other comparisons (1 for a few integer or string
    /// equalities): the scorer compares the cheap ones first, so a pair that cannot reach a weight is let go
    /// before the costly ones are computed.
    /// </summary>
    public virtual int Cost => 1;
}
