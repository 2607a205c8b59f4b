using System.Text.Json;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Tests.Format;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Identity.Matching;

/// <summary>
/// The model the exchange starts with is estimated from generated records by the same trainer the exchange
/// uses; this test re-estimates it and fails when the shipped document differs (MSIX_WRITE_DOCS=1 rewrites it).
/// </summary>
public sealed class InitialMatchModelTests
{
    private const string ShippedPath = "shared/Msix.Domain/Identity/Matching/initial-match-model.json";

    [Fact]
    public void The_shipped_model_is_what_the_trainer_estimates_from_generated_records()
    {
        var records = SyntheticPopulation.Generate(new SyntheticOptions(2026, 20_000, SyntheticOptions.DefaultStates))
            .Select(r => MatchRecordFactory.FromChild(r.State, r.Record))
            .ToList();
        var estimatedAt = new DateTimeOffset(SyntheticOptions.DefaultToday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var model = new ModelTrainer(ComparisonSet.Default, new TrainingOptions { MaxTerms = 2_000 }).Train(records, 0, estimatedAt);

        GeneratedDocsTests.AssertGenerated(ShippedPath, JsonSerializer.Serialize(model, MsixJson.Indented) + "\n");
    }

    [Fact]
    public void The_shipped_model_loads_and_fits_the_comparisons()
    {
        var model = InitialMatchModel.Value;

        Assert.Equal(0, model.Version);
        var scorer = new MatchScorer(ComparisonSet.Default, model);
        Assert.True(scorer.Weigh(Child.Record(), Child.Record(state: "CA", id: "2")) > MatchScorer.WeightOf(0.999));
    }
}
