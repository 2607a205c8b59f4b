using System.Text;
using Msix.Api.Pages.Charts;
using Msix.Domain.Reports.Usage;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The use of the exchange in one period as a printable page: record views by State and by month as bar charts, then
/// the searches and record views by State and by month as tables. A State's page keeps the State's users.
/// </summary>
public static class UsagePage
{
    public const string ReportName = "Use of the exchange";

    private const string Definition =
        "Searches made and consolidated records read (as JSON or printed) in the performance period, from the audit trail, by "
        + "the State of the user who made them; federal staff and system administrators, who act for no State, count as National. "
        + "A user counts once per month in the distinct users. States with no search and no record view in the period are not listed.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(UsageReport report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        var rows = report.Months.Where(m => InScope(scope, m.State)).ToList();
        var byState = rows.GroupBy(m => m.State, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Totals(g.Key, g.Sum(m => (long)m.Searches), g.Sum(m => (long)m.RecordViews), 0))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var byMonth = rows.GroupBy(m => m.Month, StringComparer.Ordinal)
            .Select(g => new Totals(g.Key, g.Sum(m => (long)m.Searches), g.Sum(m => (long)m.RecordViews), g.Sum(m => (long)m.DistinctUsers)))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);

        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tbody>\n")
            .Append("<tr><th scope=\"row\">Searches</th>").Append(Num(Number(byState.Sum(t => t.Searches)))).Append("</tr>\n")
            .Append("<tr><th scope=\"row\">Records viewed</th>").Append(Num(Number(byState.Sum(t => t.RecordViews)))).Append("</tr>\n");
        if (scope is null)
        {
            html.Append("<tr><th scope=\"row\">States using the exchange</th>")
                .Append(Num(Number(byState.Count(t => !string.Equals(t.Key, UsageReport.National, StringComparison.OrdinalIgnoreCase))))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");

        Section(html, "by-state", "Record views by State");
        html.Append(BarChart.Render(
            "Consolidated records viewed by State, " + report.Period,
            [.. byState.OrderByDescending(t => t.RecordViews).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new Bar(Label(t.Key), t.RecordViews))]));
        if (byState.Count == 0)
        {
            Note(html, "No search and no record view in the period.");
        }
        else
        {
            Table(html, "State", "#Searches", "#Records viewed");
            foreach (var t in byState)
            {
                html.Append("<tr>").Append(Cell(Name(t.Key))).Append(Num(Number(t.Searches))).Append(Num(Number(t.RecordViews))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
        ByMonth(html, report.Period, byMonth);
        return Close(html);
    }

    private static void ByMonth(StringBuilder html, string period, List<Totals> byMonth)
    {
        Section(html, "by-month", "Use by month");
        html.Append(BarChart.Render("Consolidated records viewed by month, " + period, [.. byMonth.Select(t => new Bar(t.Key, t.RecordViews))]));
        if (byMonth.Count == 0)
        {
            Note(html, "No search and no record view in the period.");
        }
        else
        {
            Table(html, "Month", "#Searches", "#Records viewed", "#Distinct users");
            foreach (var t in byMonth)
            {
                html.Append("<tr>").Append(Cell(E(t.Key))).Append(Num(Number(t.Searches))).Append(Num(Number(t.RecordViews))).Append(Num(Number(t.DistinctUsers))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
    }

    private static bool IsNational(string state) => string.Equals(state, UsageReport.National, StringComparison.OrdinalIgnoreCase);

    /// <summary>A bar's label: the State code, or "National".</summary>
    private static string Label(string state) => IsNational(state) ? "National" : state;

    /// <summary>A table's State cell: "Texas (TX)", or "National (federal staff, system administrators)".</summary>
    private static string Name(string state) => IsNational(state) ? "National (federal staff, system administrators)" : StateName(state);

    /// <summary>Searches, record views and (per month) distinct users of one State or one month.</summary>
    private sealed record Totals(string Key, long Searches, long RecordViews, long DistinctUsers);
}
