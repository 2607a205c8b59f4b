using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Reports;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/states/{state}/reports/{report}: a report as one State sees it.</summary>
public sealed class GetStateReport(ReportService reports, TimeProvider time)
{
    [Function(nameof(GetStateReport))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.StateReport)] HttpRequest request,
        string state,
        string report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await ReportsApi.GetStateReportAsync(state, report, request.Query["period"], request.Query["format"], reports, time, cancellationToken)).ToActionResult();
    }
}
