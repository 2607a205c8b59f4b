using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Notices;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/notices: the State's move notices and how their mails went.</summary>
public sealed class ListNotices(NoticeService notices)
{
    [Function(nameof(ListNotices))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StateNotices)] HttpRequest request,
        string state,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await NoticesApi.ListAsync(state, request.Query["max"], notices, cancellationToken)).ToActionResult();
    }
}
