using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/docs: a page that renders the OpenAPI document.</summary>
public sealed class GetApiPage
{
    [Function(nameof(GetApiPage))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.ApiPage)] HttpRequest request) =>
        OpenApiApi.GetPage().ToActionResult();
}
