using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Identity.Worklists;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/identity-changes/{changeId}/validate: a second data administrator validates; the change takes effect.</summary>
public sealed class ValidateIdentityChange(IdentityChangeService changes)
{
    [Function(nameof(ValidateIdentityChange))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ValidateIdentityChange)] HttpRequest request,
        string changeId,
        CancellationToken cancellationToken) =>
        (await IdentityWorkApi.ValidateAsync(changeId, request, changes, cancellationToken)).ToActionResult();
}
