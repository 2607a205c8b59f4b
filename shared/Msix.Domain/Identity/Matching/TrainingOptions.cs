namespace Msix.Domain.Identity.Matching;

/// <summary>How much data the estimation of a <see cref="MatchModel"/> looks at.</summary>
public sealed class TrainingOptions
{
    /// <summary>Random pairs on which u is counted.</summary>
    public int RandomPairs { get; set; } = 1_000_000;

    /// <summary>The most pairs one expectation-maximisation session uses (a random sample of its blocks' pairs beyond that).</summary>
    public int MaxSessionPairs { get; set; } = 2_000_000;

    /// <summary>A session leaves out blocks larger than this and than ten times the usual block.</summary>
    public int MaxSessionBlock { get; set; } = 50;

    /// <summary>The most iterations of one session.</summary>
    public int MaxIterations { get; set; } = 100;

    /// <summary>The change in every m below which a session has converged.</summary>
    public double Tolerance { get; set; } = 1e-6;

    /// <summary>The most common values kept in a term-frequency table.</summary>
    public int MaxTerms { get; set; } = 5_000;

    /// <summary>The seed of the random sampling, so an estimation can be repeated.</summary>
    public int Seed { get; set; } = 2026;
}
