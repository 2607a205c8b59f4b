using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Records;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/students/{msixId}: a child's consolidated record.</summary>
public sealed class GetStudent(StudentRecordReader reader, AuditRecorder audit)
{
    [Function(nameof(GetStudent))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Student)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await StudentsApi.GetStudentAsync(msixId, Caller.Required(request.HttpContext), reader, audit, cancellationToken)).ToActionResult();
    }
}
