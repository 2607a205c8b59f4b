using Microsoft.Extensions.Logging;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The match model in force, and its re-estimation from the exchange's own records: every current
/// contribution is read from the feed (a random sample of at most <see cref="MaxRecords"/> is kept, so
/// memory stays bounded), a model is estimated from them without any truth, and stored as the next version
/// (<c>match-model-{v}</c>) and as <c>match-model-current</c>, which the matcher takes up within a minute.
/// </summary>
public sealed partial class MatchModelService(
    IDocumentFeed<ContributionDocument> contributions,
    IDocumentStore<MatchModel> models,
    IMatchModelSource source,
    TimeProvider time,
    ILogger<MatchModelService> logger)
{
    /// <summary>The fewest records a model is estimated from.</summary>
    public const int MinRecords = 1_000;

    /// <summary>The most records a model is estimated from (a random sample of them beyond that).</summary>
    public const int MaxRecords = 500_000;

    /// <summary>The model in force.</summary>
    public Task<MatchModel> CurrentAsync(CancellationToken cancellationToken) => source.CurrentAsync(cancellationToken);

    /// <summary>Estimates a new version from the current contributions and puts it in force.</summary>
    /// <exception cref="InvalidOperationException">Fewer than <see cref="MinRecords"/> records have a name to match on.</exception>
    public async Task<MatchModel> EstimateAsync(CancellationToken cancellationToken)
    {
        var random = new Random(2026);
        var sample = new List<MatchRecord>();
        long seen = 0;
        await foreach (var contribution in contributions.ReadAllAsync(cancellationToken))
        {
            if (contribution.Withdrawn || contribution.Record.Demographics is null)
            {
                continue;
            }

            // Reservoir sampling: every record has the same chance to be among the MaxRecords kept.
            seen++;
            var record = MatchRecordFactory.FromContribution(contribution);
            if (sample.Count < MaxRecords)
            {
                sample.Add(record);
            }
            else if (random.NextInt64(seen) is var slot && slot < MaxRecords)
            {
                sample[(int)slot] = record;
            }
        }

        if (sample.Count < MinRecords)
        {
            throw new InvalidOperationException($"Only {sample.Count} records can be matched on; a model is estimated from at least {MinRecords}. The model in force stands.");
        }

        // After the one in force, and after the one stored, which may be in force no longer (estimated for other comparisons).
        var current = await source.CurrentAsync(cancellationToken);
        var stored = (await models.ReadAsync(StoredMatchModelSource.CurrentId, cancellationToken))?.Document;
        var version = Math.Max(current.Version, stored?.Version ?? 0) + 1;
        var model = new ModelTrainer(ComparisonSet.Default, new TrainingOptions()).Train(sample, version, time.GetUtcNow());
        await models.UpsertAsync(model, cancellationToken);
        await models.UpsertAsync(model with { Id = StoredMatchModelSource.CurrentId }, cancellationToken);
        LogEstimated(version, sample.Count, seen);
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Match model version {Version} estimated from {Sampled} of {Records} records and put in force")]
    private partial void LogEstimated(int version, int sampled, long records);
}
