using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/submissions/{submissionId}: a submission's receipt.</summary>
public sealed class GetSubmissionReceipt(IReceiptStore receipts, IDocumentStore<SubmissionDocument> submissions)
{
    [Function(nameof(GetSubmissionReceipt))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Submission)] HttpRequest request,
        string state,
        string submissionId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await SubmissionsApi.GetReceiptAsync(state, submissionId, request.Query["format"], receipts, submissions, cancellationToken);
        return result.ToActionResult();
    }
}
