using Microsoft.Extensions.Logging;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The model in force: the document <c>match-model-current</c> when one has been estimated from the
/// exchange's own data, else the shipped <see cref="InitialMatchModel"/>. A stored model estimated for other
/// comparisons (before the matcher's levels changed) is not used: the shipped model stands in until the model
/// is estimated again. Read once a minute at most.
/// </summary>
public sealed partial class StoredMatchModelSource(IDocumentStore<MatchModel> models, TimeProvider time, ILogger<StoredMatchModelSource> logger) : IMatchModelSource
{
    /// <summary>The id of the current model's document.</summary>
    public const string CurrentId = "match-model-current";

    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private Cached? _cached;

    /// <inheritdoc />
    public async Task<MatchModel> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _cached) is { } cached && now - cached.ReadAt < Fresh)
        {
            return cached.Model;
        }

        var stored = (await models.ReadAsync(CurrentId, cancellationToken))?.Document;
        var model = InitialMatchModel.Value;
        if (stored is not null && stored.Fits(ComparisonSet.Default))
        {
            model = stored;
        }
        else if (stored is not null)
        {
            LogStale(stored.Version, model.Version);
        }

        Volatile.Write(ref _cached, new Cached(model, now));
        return model;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored match model version {Stored} was estimated for other comparisons than the matcher's; the shipped model version {Shipped} is in force until the model is estimated again")]
    private partial void LogStale(int stored, int shipped);

    private sealed record Cached(MatchModel Model, DateTimeOffset ReadAt);
}
