using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/students/{msixId}/merges: proposes merging another MSIX ID into this one.</summary>
public sealed class ProposeMerge(IdentityChangeService changes, AuditRecorder audit)
{
    [Function(nameof(ProposeMerge))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Merges)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.ProposeMergeAsync(msixId, request, Caller.Required(request.HttpContext), changes, audit, cancellationToken)).ToActionResult();
    }
}
