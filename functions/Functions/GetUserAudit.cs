using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Audit;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/users/{userId}/audit: which records a user read or found.</summary>
public sealed class GetUserAudit(AuditTrail trail)
{
    [Function(nameof(GetUserAudit))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.UserAudit)] HttpRequest request,
        string userId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await AuditApi.GetUserAuditAsync(userId, request.Query["before"], request.Query["pageSize"], trail, cancellationToken)).ToActionResult();
    }
}
