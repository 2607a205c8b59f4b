using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Identity.Matching;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/match-model: estimates a new match model from the exchange's records and puts it in force.</summary>
public sealed class EstimateMatchModel(MatchModelService models)
{
    [Function(nameof(EstimateMatchModel))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.MatchModel)] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await MatchModelApi.EstimateAsync(models, cancellationToken)).ToActionResult();
}
