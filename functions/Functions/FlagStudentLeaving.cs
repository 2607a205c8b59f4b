using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Notices;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/students/{msixId}/leaving: school staff flag that a child is leaving.</summary>
public sealed class FlagStudentLeaving(NoticeService notices)
{
    [Function(nameof(FlagStudentLeaving))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Leaving)] HttpRequest request,
        string msixId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await StudentsApi.FlagLeavingAsync(msixId, request, Caller.Required(request.HttpContext), notices, cancellationToken)).ToActionResult();
    }
}
