using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Reports;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/reports/child-counts/children: the MSIX IDs behind the State's child counts.</summary>
public sealed class GetChildCountList(ReportService reports, TimeProvider time)
{
    [Function(nameof(GetChildCountList))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StateChildCountList)] HttpRequest request,
        string state,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await ReportsApi.GetChildCountListAsync(state, request.Query["period"], request.Query["format"], reports, time, cancellationToken)).ToActionResult();
    }
}
