using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/worklist: a State's open near matches and identity changes, with their age.</summary>
public sealed class GetWorklist(WorklistService worklist)
{
    [Function(nameof(GetWorklist))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Worklist)] HttpRequest request,
        string state,
        CancellationToken cancellationToken) =>
        (await IdentityWorkApi.GetWorklistAsync(state, worklist, cancellationToken)).ToActionResult();
}
