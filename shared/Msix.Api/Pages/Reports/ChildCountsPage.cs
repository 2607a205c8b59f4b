using System.Text;
using Msix.Api.Pages.Charts;
using Msix.Domain.Reports;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The child counts (Category 1 and 2) of one period as a printable page: bar charts of each category by State and a
/// table of both. The page shows numbers only, never the MSIX IDs behind them: those lists are for the State's data
/// administrators, through the report's JSON and CSV.
/// </summary>
public static class ChildCountsPage
{
    public const string ReportName = "Child counts";

    private const string Definition =
        "Category 1 counts the eligible migratory children aged 3 through 21 who resided in the State at least one day of the "
        + "performance period, within 36 months of their qualifying arrival date. Category 2 counts those of them served in a "
        + "summer or intersession Migrant Education Program project in the State in the period. A child who lived in several "
        + "States counts in each of them, so the States add up to more children than there are.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(ChildCounts report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        var states = report.States.Where(s => InScope(scope, s.State)).ToList();
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);
        Summary(html, scope, states);
        Section(html, "category-1", "Category 1 by State");
        html.Append(BarChart.Render(
            "Category 1 children by State, " + report.Period,
            [.. states.OrderByDescending(s => s.Category1).ThenBy(s => s.State, StringComparer.Ordinal).Select(s => new Bar(s.State, s.Category1))]));
        EndSection(html);
        Section(html, "category-2", "Category 2 by State");
        html.Append(BarChart.Render(
            "Category 2 children by State, " + report.Period,
            [.. states.OrderByDescending(s => s.Category2).ThenBy(s => s.State, StringComparer.Ordinal).Select(s => new Bar(s.State, s.Category2))]));
        EndSection(html);
        Counts(html, scope, states);
        return Close(html);
    }

    private static void Summary(StringBuilder html, string? scope, List<StateChildCount> states)
    {
        var sum = scope is null ? " (sum of the States)" : "";
        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tbody>\n");
        if (scope is null)
        {
            html.Append("<tr><th scope=\"row\">States with a Category 1 child</th>").Append(Num(Number(states.Count))).Append("</tr>\n");
        }

        html.Append("<tr><th scope=\"row\">Category 1").Append(sum).Append("</th>").Append(Num(Number(states.Sum(s => (long)s.Category1)))).Append("</tr>\n")
            .Append("<tr><th scope=\"row\">Category 2").Append(sum).Append("</th>").Append(Num(Number(states.Sum(s => (long)s.Category2)))).Append("</tr>\n")
            .Append("</tbody>\n</table>\n")
            .Append("<p class=\"muted\">The MSIX IDs behind these numbers are not printed: a State's data administrators get them with the report's JSON or CSV.</p>\n")
            .Append("</section>\n");
    }

    private static void Counts(StringBuilder html, string? scope, List<StateChildCount> states)
    {
        Section(html, "counts", "Child counts by State");
        if (states.Count == 0)
        {
            Note(html, scope is null ? "No State counts a Category 1 child in the period." : "The State counts no Category 1 child in the period.");
            EndSection(html);
            return;
        }

        Table(html, "State", "#Category 1", "#Category 2", "#Category 2 share of Category 1");
        foreach (var s in states)
        {
            html.Append("<tr>").Append(Cell(StateName(s.State))).Append(Num(Number(s.Category1))).Append(Num(Number(s.Category2)))
                .Append(Num(Percent(Share(s.Category2, s.Category1)))).Append("</tr>\n");
        }

        if (states.Count > 1)
        {
            long one = states.Sum(s => (long)s.Category1), two = states.Sum(s => (long)s.Category2);
            html.Append("<tr class=\"total\"><th scope=\"row\">Sum of the States</th>").Append(Num(Number(one))).Append(Num(Number(two)))
                .Append(Num(Percent(Share(two, one)))).Append("</tr>\n");
        }

        EndTable(html);
        EndSection(html);
    }
}
