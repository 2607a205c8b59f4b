using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Msix.Api;
using Msix.Domain.Reports;
using Msix.Functions.Http;

namespace Msix.Functions.Functions;

/// <summary>GET /api/reports/{report}: a national report, as JSON, CSV or a page.</summary>
public sealed class GetReport(ReportService reports, TimeProvider time)
{
    [Function(nameof(GetReport))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Report)] HttpRequest request,
        string report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await ReportsApi.GetReportAsync(report, request.Query["period"], request.Query["format"], reports, time, cancellationToken)).ToActionResult();
    }
}
