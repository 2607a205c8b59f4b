namespace Msix.Domain.Identity.Matching;

/// <summary>Where the matcher's current model comes from.</summary>
public interface IMatchModelSource
{
    /// <summary>The model in force.</summary>
    Task<MatchModel> CurrentAsync(CancellationToken cancellationToken);
}
