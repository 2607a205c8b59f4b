using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/identity-changes/{changeId}: one merge or split.</summary>
public sealed class GetIdentityChange(IdentityChangeService changes)
{
    [Function(nameof(GetIdentityChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.IdentityChange)] HttpRequest request,
        string changeId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.GetChangeAsync(changeId, Caller.Required(request.HttpContext), changes, cancellationToken)).ToActionResult();
    }
}
