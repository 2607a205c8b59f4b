using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/near-matches/{itemId}/reject: two children, kept apart.</summary>
public sealed class RejectNearMatch(WorklistService worklist, AuditRecorder audit)
{
    [Function(nameof(RejectNearMatch))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.RejectNearMatch)] HttpRequest request,
        string itemId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.RejectAsync(itemId, Caller.Required(request.HttpContext), worklist, audit, cancellationToken)).ToActionResult();
    }
}
