namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>A field compared for equality only: the same, or different (sex, birth State, birth country).</summary>
public sealed class ExactComparison(string name, Func<MatchRecord, string> value) : Comparison
{
    public const int Same = 1;
    public const int Different = 2;

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("the same"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        var x = value(a);
        var y = value(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        return string.Equals(x, y, StringComparison.Ordinal) ? Same : Different;
    }
}
