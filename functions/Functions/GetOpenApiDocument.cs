using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/openapi.json: the OpenAPI document of the whole API.</summary>
public sealed class GetOpenApiDocument
{
    [Function(nameof(GetOpenApiDocument))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApiDocument)] HttpRequest request) =>
        OpenApiApi.GetDocument().ToActionResult();
}
