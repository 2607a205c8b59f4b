using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class MatchModelServiceTests
{
    private readonly InMemoryDocumentStore<ContributionDocument> _contributions = new();
    private readonly InMemoryDocumentStore<MatchModel> _models = new();

    private MatchModelService Service() =>
        new(_contributions, _models, new StoredMatchModelSource(_models, TimeProvider.System, NullLogger<StoredMatchModelSource>.Instance), TimeProvider.System, NullLogger<MatchModelService>.Instance);

    [Fact]
    public async Task A_model_estimated_from_the_exchanges_records_is_the_next_version_and_goes_in_force()
    {
        var ct = TestContext.Current.CancellationToken;
        var writer = new ContributionWriter(_contributions, new RecordingMessageSender(), TimeProvider.System);
        foreach (var record in SyntheticPopulation.Generate(new SyntheticOptions(77, 1_200, ["TX", "CA", "FL"])))
        {
            await writer.StoreAsync(record.State, "s1", record.Record, ct);
        }

        var model = await Service().EstimateAsync(ct);

        Assert.Equal(1, model.Version);
        Assert.Equal("match-model-1", model.Id);
        Assert.True(model.Training.Records >= 1_200);
        Assert.NotNull(await _models.ReadAsync("match-model-1", ct));
        var inForce = await new StoredMatchModelSource(_models, TimeProvider.System, NullLogger<StoredMatchModelSource>.Instance).CurrentAsync(ct);
        Assert.Equal(1, inForce.Version);
        Assert.Equal(2, (await Service().EstimateAsync(ct)).Version);
    }

    [Fact]
    public async Task A_stored_model_estimated_for_other_comparisons_gives_way_to_the_shipped_one_until_estimated_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var shipped = InitialMatchModel.Value;

        // As estimated before the birthplace had its level for a city of the same name in another State.
        var earlier = shipped with
        {
            Id = StoredMatchModelSource.CurrentId,
            Version = 4,
            Comparisons = [.. shipped.Comparisons.Select(c => c.Name != "BirthPlace" ? c : c with { Levels = [.. c.Levels.Where(l => !l.Name.StartsWith("a city of the same name", StringComparison.Ordinal))] })],
        };
        await _models.UpsertAsync(earlier, ct);
        Assert.True(shipped.Fits(ComparisonSet.Default));
        Assert.False(earlier.Fits(ComparisonSet.Default));

        Assert.Equal(shipped.Version, (await Service().CurrentAsync(ct)).Version);

        var writer = new ContributionWriter(_contributions, new RecordingMessageSender(), TimeProvider.System);
        foreach (var record in SyntheticPopulation.Generate(new SyntheticOptions(77, 1_200, ["TX", "CA", "FL"])))
        {
            await writer.StoreAsync(record.State, "s1", record.Record, ct);
        }

        // The next version after the one stored, so no earlier version's document is overwritten.
        var estimated = await Service().EstimateAsync(ct);
        Assert.Equal(5, estimated.Version);
        Assert.Equal(5, (await Service().CurrentAsync(ct)).Version);
    }

    [Fact]
    public async Task Too_few_records_leave_the_model_in_force()
    {
        var ct = TestContext.Current.CancellationToken;
        var writer = new ContributionWriter(_contributions, new RecordingMessageSender(), TimeProvider.System);
        await writer.StoreAsync("TX", "s1", TestRecords.Child(), ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Service().EstimateAsync(ct));

        Assert.Contains("at least 1000", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _models.Count);
        Assert.Equal(0, (await Service().CurrentAsync(ct)).Version);
    }
}
