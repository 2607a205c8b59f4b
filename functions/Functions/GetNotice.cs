using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Notices;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/notices/{noticeId}: one move notice and how its mails went.</summary>
public sealed class GetNotice(NoticeService notices)
{
    [Function(nameof(GetNotice))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Notice)] HttpRequest request,
        string noticeId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await NoticesApi.GetAsync(noticeId, Caller.Required(request.HttpContext), notices, cancellationToken)).ToActionResult();
    }
}
