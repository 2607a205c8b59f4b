using Microsoft.AspNetCore.Http;
using Msix.Domain;
using Msix.Domain.Identity.Matching;

namespace Msix.Api;

/// <summary>The identity matcher's model: the one in force, and its re-estimation from the exchange's records.</summary>
public static class MatchModelApi
{
    /// <summary>GET /api/match-model: every comparison's levels with their m and u, the prior, how it was estimated.</summary>
    public static async Task<IResult> GetAsync(MatchModelService models, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        return Results.Json(await models.CurrentAsync(cancellationToken), MsixJson.Options);
    }

    /// <summary>POST /api/match-model: estimates a new version from the current records and puts it in force.</summary>
    public static async Task<IResult> EstimateAsync(MatchModelService models, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        try
        {
            return Results.Json(await models.EstimateAsync(cancellationToken), MsixJson.Options, statusCode: StatusCodes.Status201Created);
        }
        catch (InvalidOperationException e)
        {
            return Problems.Conflict(e.Message);
        }
    }
}
