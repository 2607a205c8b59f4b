using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/submissions: the State's submissions, newest first.</summary>
public sealed class ListSubmissions(IReceiptStore receipts, IDocumentStore<SubmissionDocument> submissions)
{
    [Function(nameof(ListSubmissions))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Submissions)] HttpRequest request,
        string state,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await SubmissionsApi.ListAsync(state, request.Query["max"], receipts, submissions, cancellationToken)).ToActionResult();
    }
}
