using Msix.Domain.Identity.Matching;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Identity.Matching;

/// <summary>Generated migrant-student records with known truth, as the matcher's tests use them (made once per size and seed).</summary>
internal static class GeneratedRecords
{
    private static readonly Dictionary<(int, int), IReadOnlyList<(MatchRecord Record, string TruthId)>> Made = [];
    private static readonly Lock Gate = new();

    /// <summary>The records of <paramref name="children"/> children in three States over several years, State by State.</summary>
    public static IReadOnlyList<(MatchRecord Record, string TruthId)> Of(int children, int seed)
    {
        lock (Gate)
        {
            if (!Made.TryGetValue((children, seed), out var records))
            {
                Made[(children, seed)] = records =
                [
                    .. SyntheticPopulation.Generate(new SyntheticOptions(seed, children, ["TX", "CA", "FL"]))
                        .Select(r => (MatchRecordFactory.FromChild(r.State, r.Record), r.TruthId))
                        .OrderBy(r => r.Item1.State, StringComparer.Ordinal),
                ];
            }

            return records;
        }
    }

    /// <summary>A model estimated from the records (without their truth).</summary>
    public static MatchModel ModelOf(IReadOnlyList<(MatchRecord Record, string TruthId)> records) =>
        new ModelTrainer(Msix.Domain.Identity.Matching.Comparisons.ComparisonSet.Default, new TrainingOptions { RandomPairs = 200_000 })
            .Train([.. records.Select(r => r.Record)], 1, Reading.TestReader.Now);
}
