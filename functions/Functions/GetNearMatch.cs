using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/near-matches/{itemId}: one near match with its evidence.</summary>
public sealed class GetNearMatch(WorklistService worklist)
{
    [Function(nameof(GetNearMatch))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.NearMatch)] HttpRequest request,
        string itemId,
        CancellationToken cancellationToken) =>
        (await IdentityWorkApi.GetNearMatchAsync(itemId, worklist, cancellationToken)).ToActionResult();
}
