using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/students/{msixId}/splits: proposes splitting a State's record out of this MSIX ID.</summary>
public sealed class ProposeSplit(IdentityChangeService changes, AuditRecorder audit)
{
    [Function(nameof(ProposeSplit))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Splits)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.ProposeSplitAsync(msixId, request, Caller.Required(request.HttpContext), changes, audit, cancellationToken)).ToActionResult();
    }
}
