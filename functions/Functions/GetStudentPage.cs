using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Records;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/students/{msixId}/print: a child's consolidated record as a printable page.</summary>
public sealed class GetStudentPage(StudentRecordReader reader, AuditRecorder audit, TimeProvider time)
{
    [Function(nameof(GetStudentPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StudentPage)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await StudentsApi.GetStudentPageAsync(msixId, Caller.Required(request.HttpContext), reader, audit, time, cancellationToken)).ToActionResult();
    }
}
