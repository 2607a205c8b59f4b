using System.Globalization;
using System.Text;
using Msix.Api.Pages.Charts;
using Msix.Domain.Mde;
using Msix.Domain.Reports.Quality;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The data quality of one period as a printable page: an overview of every State (open near matches as a bar chart,
/// and a table), then per State its timeliness, submissions and rejection rate, open near matches, completeness bars
/// with their table, and its most common error codes. A State's page keeps the State.
/// </summary>
public static class DataQualityPage
{
    public const string ReportName = "Data quality";

    private const string Definition =
        "How complete and timely each State's data is. Completeness is the share of the State's current records of children that "
        + "carry each Minimum Data Element. Timeliness is the days from an enrollment's start to its first arrival in the exchange, "
        + "for enrollments starting in the performance period. The rejection rate is the share of the child records received in "
        + "the period's submissions that were rejected. Open near matches are those routed to the State and not yet worked.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(DataQualityReport report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        var states = report.States.Where(s => InScope(scope, s.State)).ToList();
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);
        Overview(html, report.Period, states);
        foreach (var s in states)
        {
            State(html, report.Period, s);
        }

        return Close(html);
    }

    private static void Overview(StringBuilder html, string period, List<StateDataQuality> states)
    {
        Section(html, "overview", "Overview");
        html.Append(BarChart.Render(
            "Open near matches by State, " + period,
            [.. states.OrderByDescending(s => s.OpenNearMatches).ThenBy(s => s.State, StringComparer.Ordinal).Select(s => new Bar(s.State, s.OpenNearMatches))]));
        if (states.Count == 0)
        {
            Note(html, "No State has records or submissions in the period.");
            EndSection(html);
            return;
        }

        Table(html, "State", "#Records", "#Median days to arrive", "#Within 14 days", "#Rejection rate", "#Open near matches");
        foreach (var s in states)
        {
            html.Append("<tr>").Append(Cell(StateName(s.State))).Append(Num(Number(s.Records))).Append(Num(Days(s.Timeliness.MedianDays)))
                .Append(Num(Percent(s.Timeliness.WithinFourteenDays))).Append(Num(Percent(s.Submissions.RejectionRate))).Append(Num(Number(s.OpenNearMatches)))
                .Append("</tr>\n");
        }

        EndTable(html);
        EndSection(html);
    }

    private static void State(StringBuilder html, string period, StateDataQuality s)
    {
        var t = s.Timeliness;
        var o = s.Submissions;
        html.Append("<section class=\"state\" id=\"state-").Append(E(s.State)).Append("\">\n<h2>").Append(StateName(s.State)).Append("</h2>\n")
            .Append("<table>\n<tbody>\n");
        Row(html, "Current records of children", Number(s.Records));
        Row(html, "Enrollments measured for timeliness", Number(t.Enrollments));
        Row(html, "Median days to arrive", Days(t.MedianDays));
        Row(html, "90th percentile of days to arrive", Days(t.Percentile90Days));
        Row(html, "Arrived within 14 days", Percent(t.WithinFourteenDays));
        Row(html, "Submissions", Number(o.Submissions));
        Row(html, "Submissions rejected whole", Number(o.SubmissionsRejected));
        Row(html, "Child records received", Number(o.ChildrenReceived));
        Row(html, "Child records rejected", Number(o.ChildrenRejected));
        Row(html, "Rejection rate", Percent(o.RejectionRate));
        Row(html, "Open near matches", Number(s.OpenNearMatches));
        html.Append("</tbody>\n</table>\n");

        html.Append("<h3>Completeness</h3>\n")
            .Append(CompletenessBars.Render("Completeness of " + Plain(s.State) + " records, " + period, s.Completeness));
        if (s.Completeness.Count > 0)
        {
            Table(html, "Element", "#Records with it", "#Share of the records");
            foreach (var e in s.Completeness)
            {
                html.Append("<tr>").Append(Cell(E(e.Element))).Append(Num(Number(e.RecordsWith))).Append(Num(Percent(e.Share))).Append("</tr>\n");
            }

            EndTable(html);
        }

        html.Append("<h3>Most common error codes</h3>\n");
        if (o.TopErrorCodes.Count == 0)
        {
            Note(html, "No error in the State's submissions in the period.");
        }
        else
        {
            Table(html, "Error code", "#Errors");
            foreach (var e in o.TopErrorCodes)
            {
                html.Append("<tr>").Append(Cell(E(e.Code))).Append(Num(Number(e.Errors))).Append("</tr>\n");
            }

            EndTable(html);
        }

        html.Append("</section>\n");
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th>").Append(Num(value)).Append("</tr>\n");

    private static string Days(int? days) => days is { } d ? E(d.ToString("N0", CultureInfo.InvariantCulture)) : "&#x2014;";

    /// <summary>"Texas (TX)" unencoded, for a chart title (the chart encodes it).</summary>
    private static string Plain(string state) =>
        UsStates.IsState(state) ? UsStates.NameOf(state) + " (" + state + ")" : state;
}
