using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/near-matches/{itemId}/confirm: the same child; proposes the merge.</summary>
public sealed class ConfirmNearMatch(WorklistService worklist, AuditRecorder audit)
{
    [Function(nameof(ConfirmNearMatch))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ConfirmNearMatch)] HttpRequest request,
        string itemId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.ConfirmAsync(itemId, request, Caller.Required(request.HttpContext), worklist, audit, cancellationToken)).ToActionResult();
    }
}
