using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Notices;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>PUT /api/states/{state}/contacts: replaces the State's move-notice contacts.</summary>
public sealed class PutContacts(NoticeService notices)
{
    [Function(nameof(PutContacts))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ApiRoutes.Contacts)] HttpRequest request,
        string state,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await ContactsApi.PutAsync(state, request, Caller.Required(request.HttpContext), notices, cancellationToken)).ToActionResult();
    }
}
