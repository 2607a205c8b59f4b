using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Search;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/students?...: search children.</summary>
public sealed class SearchStudents(StudentSearch search, AuditRecorder audit)
{
    [Function(nameof(SearchStudents))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Students)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await StudentsApi.SearchAsync(request, Caller.Required(request.HttpContext), search, audit, cancellationToken)).ToActionResult();
    }
}
