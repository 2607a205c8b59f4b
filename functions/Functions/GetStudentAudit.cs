using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Audit;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/students/{msixId}/audit: who read or found a child's record.</summary>
public sealed class GetStudentAudit(AuditTrail trail)
{
    [Function(nameof(GetStudentAudit))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StudentAudit)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await AuditApi.GetStudentAuditAsync(msixId, request.Query["before"], request.Query["pageSize"], trail, cancellationToken)).ToActionResult();
    }
}
