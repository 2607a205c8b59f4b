using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The model in force: the document <c>match-model-current</c> when one has been estimated from the
/// exchange's own data, else the shipped <see cref="InitialMatchModel"/>. Read once a minute at most.
/// </summary>
public sealed class StoredMatchModelSource(IDocumentStore<MatchModel> models, TimeProvider time) : IMatchModelSource
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

        var stored = await models.ReadAsync(CurrentId, cancellationToken);
        var model = stored?.Document ?? InitialMatchModel.Value;
        Volatile.Write(ref _cached, new Cached(model, now));
        return model;
    }

    private sealed record Cached(MatchModel Model, DateTimeOffset ReadAt);
}
