using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Submissions;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>POST /api/states/{state}/submissions: a State sends its file over HTTP; it is streamed into the drop zone.</summary>
public sealed class UploadSubmission(SubmissionUploadService uploads)
{
    [Function(nameof(UploadSubmission))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Submissions)] HttpRequest request,
        string state,
        CancellationToken cancellationToken) =>
        (await SubmissionsApi.UploadAsync(state, request, uploads, cancellationToken)).ToActionResult();
}
