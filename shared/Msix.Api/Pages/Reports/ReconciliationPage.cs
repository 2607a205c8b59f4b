using System.Globalization;
using Msix.Api.Pages.Charts;
using Msix.Domain.Reports;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The reconciliation of one period as a printable page: the pairs of States that count the same children in
/// Category 1, the busiest as a bar chart, all of them as a table. A State's page keeps the pairs the State is in;
/// the number of children counted twice or more is national.
/// </summary>
public static class ReconciliationPage
{
    public const string ReportName = "Child count reconciliation";

    /// <summary>How many pairs the chart draws (the table lists them all).</summary>
    public const int ChartedPairs = 25;

    private const string Definition =
        "Children counted in Category 1 by more than one State in the performance period, so States can check each other's "
        + "counts. A child counted by three States counts once in the number of children and in each of its three pairs of States.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(Reconciliation report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        report = scope is null ? report : report.ForState(scope);
        var pairs = report.Pairs.Where(p => InScope(scope, p.StateA) || InScope(scope, p.StateB)).ToList();
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);

        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tbody>\n")
            .Append("<tr><th scope=\"row\">").Append(scope is null ? "Children counted by two States or more" : "Children of " + StateName(scope) + " counted by another State too")
            .Append("</th>").Append(Num(Number(report.Children))).Append("</tr>\n")
            .Append("<tr><th scope=\"row\">Pairs of States").Append(scope is null ? "" : " with " + StateName(scope)).Append("</th>")
            .Append(Num(Number(pairs.Count))).Append("</tr>\n")
            .Append("</tbody>\n</table>\n</section>\n");

        Section(html, "pairs", "Pairs of States");
        var charted = pairs.OrderByDescending(p => p.Children).ThenBy(p => p.StateA, StringComparer.Ordinal).ThenBy(p => p.StateB, StringComparer.Ordinal)
            .Take(ChartedPairs).ToList();
        html.Append(BarChart.Render(
            "Children counted by both States of a pair, " + report.Period,
            [.. charted.Select(p => new Bar(p.StateA + " & " + p.StateB, p.Children))]));
        if (pairs.Count == 0)
        {
            Note(html, scope is null ? "No child is counted by two States in the period." : "No child the State counts is counted by another State in the period.");
        }
        else
        {
            if (pairs.Count > charted.Count)
            {
                Note(html, string.Create(CultureInfo.InvariantCulture, $"The chart draws the {charted.Count} pairs with the most children; the table lists all {pairs.Count:N0}."));
            }

            Table(html, "State", "Other State", "#Children counted by both");
            foreach (var p in pairs)
            {
                html.Append("<tr>").Append(Cell(StateName(p.StateA))).Append(Cell(StateName(p.StateB))).Append(Num(Number(p.Children))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
        return Close(html);
    }
}
