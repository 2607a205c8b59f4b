using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Identity.Matching;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/match-model: the identity matcher's model in force.</summary>
public sealed class GetMatchModel(MatchModelService models)
{
    [Function(nameof(GetMatchModel))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.MatchModel)] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await MatchModelApi.GetAsync(models, cancellationToken)).ToActionResult();
}
