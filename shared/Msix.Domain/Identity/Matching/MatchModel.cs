using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The matcher's parameters as estimated from the data (never guessed): for each comparison and level the m
/// probability (the share of true matches at that level) and the u probability (the share of random pairs at
/// that level), term frequencies for the levels that use them, and the prior (the probability that two
/// records picked at random are the same child). Versioned: every decision names the version it was made with.
/// </summary>
/// <param name="Id">The document id: <c>match-model-{Version}</c>.</param>
/// <param name="Version">Increases with each estimation.</param>
/// <param name="EstimatedAt">When it was estimated.</param>
/// <param name="Prior">The probability that two random records are the same child.</param>
/// <param name="Comparisons">The parameters of each comparison, in the comparison set's order.</param>
/// <param name="Training">How the parameters were estimated.</param>
public sealed record MatchModel(
    string Id,
    int Version,
    DateTimeOffset EstimatedAt,
    double Prior,
    IReadOnlyList<ComparisonParameters> Comparisons,
    TrainingSummary Training) : IDocument
{
    /// <summary>How the id of every model (and of the one in force) starts.</summary>
    public const string IdPrefix = "match-model-";

    /// <summary>The document id of a version.</summary>
    public static string IdOf(int version) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{IdPrefix}{version}");

    /// <summary>
    /// Whether the model has parameters for exactly <paramref name="comparisons"/>: the same comparisons with the
    /// same levels, in the same order. A model estimated before the comparisons changed does not fit.
    /// </summary>
    public bool Fits(ComparisonSet comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        if (Comparisons.Count != comparisons.Count)
        {
            return false;
        }

        for (var i = 0; i < comparisons.Count; i++)
        {
            var levels = comparisons.Comparisons[i].Levels;
            if (Comparisons[i].Name != comparisons.Comparisons[i].Name || Comparisons[i].Levels.Count != levels.Count)
            {
                return false;
            }

            for (var level = 0; level < levels.Count; level++)
            {
                if (Comparisons[i].Levels[level].Name != levels[level].Name)
                {
                    return false;
                }
            }
        }

        return true;
    }
}

/// <summary>The parameters of one comparison.</summary>
/// <param name="Name">The comparison's name.</param>
/// <param name="Levels">Each level's parameters, level 0 (missing) first.</param>
public sealed record ComparisonParameters(string Name, IReadOnlyList<LevelParameters> Levels);

/// <summary>The parameters of one level.</summary>
/// <param name="Name">The level's name.</param>
/// <param name="M">The share of true matches at this level.</param>
/// <param name="U">The share of random pairs at this level.</param>
/// <param name="Terms">For a term-frequency level: how often each common value occurs.</param>
public sealed record LevelParameters(string Name, double M, double U, TermFrequencyTable? Terms = null);

/// <summary>How a model was estimated, for the record.</summary>
/// <param name="Records">The records it was estimated from.</param>
/// <param name="RandomPairs">The random pairs u was counted on.</param>
/// <param name="Sessions">The expectation-maximisation sessions m was estimated in.</param>
public sealed record TrainingSummary(int Records, long RandomPairs, IReadOnlyList<TrainingSession> Sessions);

/// <summary>One expectation-maximisation session: its blocking rule, the pairs it used, and what it found.</summary>
/// <param name="BlockingRule">The rule that chose its pairs (the comparisons of the rule are not estimated in it).</param>
/// <param name="Pairs">The pairs it used.</param>
/// <param name="PairsInBlocks">All the pairs of the blocks it used (before sampling).</param>
/// <param name="Iterations">The iterations until it converged.</param>
/// <param name="MatchShare">The estimated share of matches among its pairs.</param>
public sealed record TrainingSession(string BlockingRule, long Pairs, long PairsInBlocks, int Iterations, double MatchShare);
