using System.Globalization;
using Microsoft.AspNetCore.Http;
using Msix.Api.Pages.Reports;
using Msix.Domain;
using Msix.Domain.Mde;
using Msix.Domain.Reports;

namespace Msix.Api;

/// <summary>The national reports as last computed: the nation for federal staff, one State for its administrators.</summary>
public static class ReportsApi
{
    private const string Formats = "The format is json (the default), csv or html.";

    /// <summary>GET /api/reports/{report}[?period=2025-2026][&amp;format=csv|html]</summary>
    public static Task<IResult> GetReportAsync(string report, string? period, string? format, ReportService reports, TimeProvider time, CancellationToken cancellationToken) =>
        GetAsync(null, report, period, format, reports, time, cancellationToken);

    /// <summary>GET /api/states/{state}/reports/{report}[?period=2025-2026][&amp;format=csv|html]</summary>
    public static Task<IResult> GetStateReportAsync(string state, string report, string? period, string? format, ReportService reports, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!UsStates.IsState(state))
        {
            return Task.FromResult(Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...)."));
        }

        return GetAsync(UsStates.Normalize(state), report, period, format, reports, time, cancellationToken);
    }

    /// <summary>GET /api/states/{state}/reports/child-counts/children[?period=2025-2026][&amp;format=csv]</summary>
    public static async Task<IResult> GetChildCountListAsync(string state, string? period, string? format, ReportService reports, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (!UsStates.IsState(state))
        {
            return Problems.BadParameter("state", $"'{state}' is not a State code (TX, CA, PR ...).");
        }

        if (format is not null && !IsFormat(format, "json") && !IsFormat(format, "csv"))
        {
            return Problems.BadParameter("format", "The format is json (the default) or csv.");
        }

        var (document, problem) = await ReadAsync(period, reports, time, cancellationToken);
        if (document is null)
        {
            return problem!;
        }

        state = UsStates.Normalize(state);
        var category1 = await reports.ReadChildListAsync(document, state, 1, cancellationToken);
        var category2 = await reports.ReadChildListAsync(document, state, 2, cancellationToken);
        var counts = new ChildCounts(document.Period, [new StateChildCount(state, category1.Count, category2.Count, category1, category2)]);
        if (IsFormat(format, "csv"))
        {
            return Csv(writer => ReportCsv.WriteChildCountList(counts, state, writer), $"{state}-child-count-children-{document.Period}.csv");
        }

        return Results.Json(new ReportResponse(ReportNames.ChildCounts, document.Period, state, document.ComputedAt, counts.States[0]), MsixJson.Options);
    }

    private static async Task<IResult> GetAsync(string? state, string report, string? period, string? format, ReportService reports, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (!ReportNames.IsKnown(report))
        {
            return Problems.NotFound($"There is no report '{report}'. The reports are {string.Join(", ", ReportNames.All)}.");
        }

        if (format is not null && !IsFormat(format, "json") && !IsFormat(format, "csv") && !IsFormat(format, "html"))
        {
            return Problems.BadParameter("format", Formats);
        }

        var (document, problem) = await ReadAsync(period, reports, time, cancellationToken);
        if (document is null)
        {
            return problem!;
        }

        var all = state is null ? document.Reports : document.Reports.ForState(state);
        var content = all.Named(report);
        var scope = state ?? "nation";
        if (IsFormat(format, "csv"))
        {
            return Csv(writer => WriteCsv(content, writer), $"{report}-{scope}-{document.Period}.csv");
        }

        if (IsFormat(format, "html"))
        {
            return new HeaderResult(
                Results.Content(Page(content, document.ComputedAt, state), "text/html; charset=utf-8"),
                "Content-Security-Policy",
                ReportPagePolicy.ContentSecurityPolicy);
        }

        return Results.Json(new ReportResponse(report, document.Period, scope, document.ComputedAt, content), MsixJson.Options);
    }

    private static async Task<(PeriodReportsDocument? Document, IResult? Problem)> ReadAsync(string? period, ReportService reports, TimeProvider time, CancellationToken cancellationToken)
    {
        PerformancePeriod? asked;
        if (period is null)
        {
            asked = PerformancePeriod.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        }
        else if (!PerformancePeriod.TryParse(period, out asked))
        {
            return (null, Problems.BadParameter("period", $"'{period}' is not a performance period: write 2025-2026 (1 September 2025 to 31 August 2026)."));
        }

        var document = await reports.ReadAsync(asked, cancellationToken);
        return document is null
            ? (null, Problems.NotFound($"The reports of {asked.Label} have not been computed yet. They are computed every day; `./msix reports compute` computes them now."))
            : (document, null);
    }

    private static void WriteCsv(object report, TextWriter writer)
    {
        switch (report)
        {
            case UnduplicatedCounts r: ReportCsv.WriteUnduplicatedCounts(r, writer); break;
            case ChildCounts r: ReportCsv.WriteChildCounts(r, writer); break;
            case Reconciliation r: ReportCsv.WriteReconciliation(r, writer); break;
            case MobilityMatrix r: ReportCsv.WriteMobility(r, writer); break;
            case Domain.Reports.Usage.UsageReport r: ReportCsv.WriteUsage(r, writer); break;
            case Domain.Reports.Quality.DataQualityReport r: ReportCsv.WriteDataQuality(r, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(report), report.GetType().Name, "Not a report.");
        }
    }

    private static string Page(object report, DateTimeOffset computedAt, string? state) => report switch
    {
        UnduplicatedCounts r => UnduplicatedCountsPage.Render(r, computedAt, state),
        ChildCounts r => ChildCountsPage.Render(r, computedAt, state),
        Reconciliation r => ReconciliationPage.Render(r, computedAt, state),
        MobilityMatrix r => MobilityPage.Render(r, computedAt, state),
        Domain.Reports.Usage.UsageReport r => UsagePage.Render(r, computedAt, state),
        Domain.Reports.Quality.DataQualityReport r => DataQualityPage.Render(r, computedAt, state),
        _ => throw new ArgumentOutOfRangeException(nameof(report), report.GetType().Name, "Not a report."),
    };

    private static IResult Csv(Action<TextWriter> write, string fileName)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        write(writer);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", fileName);
    }

    private static bool IsFormat(string? format, string name) => string.Equals(format, name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A report as the API returns it: which, for which period and scope ("nation" or a State), computed when.</summary>
public sealed record ReportResponse(string Report, string Period, string Scope, DateTimeOffset ComputedAt, object Content);
