using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/health</summary>
public sealed class Health
{
    [Function(nameof(Health))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request) =>
        HealthApi.Get().ToActionResult();
}
