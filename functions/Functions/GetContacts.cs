using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Notices;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/contacts: the State's move-notice contacts.</summary>
public sealed class GetContacts(NoticeService notices)
{
    [Function(nameof(GetContacts))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Contacts)] HttpRequest request,
        string state,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await ContactsApi.GetAsync(state, notices, cancellationToken)).ToActionResult();
    }
}
