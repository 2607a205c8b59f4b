using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/identity-changes/{changeId}/validate: a second data administrator validates.</summary>
public sealed class ValidateIdentityChange(IdentityChangeService changes, AuditRecorder audit)
{
    [Function(nameof(ValidateIdentityChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ValidateIdentityChange)] HttpRequest request,
        string changeId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await IdentityWorkApi.ValidateAsync(changeId, Caller.Required(request.HttpContext), changes, audit, cancellationToken)).ToActionResult();
    }
}
