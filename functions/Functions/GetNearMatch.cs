using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/near-matches/{itemId}: one near match.</summary>
public sealed class GetNearMatch(WorklistService worklist)
{
    [Function(nameof(GetNearMatch))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.NearMatch)] HttpRequest request,
        string itemId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.GetNearMatchAsync(itemId, Caller.Required(request.HttpContext), worklist, cancellationToken)).ToActionResult();
    }
}
