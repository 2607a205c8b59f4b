using System.Text;
using Msix.Api.Pages.Charts;
using Msix.Domain.Mde;
using Msix.Domain.Reports;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The unduplicated counts of one period as a printable page: the children by State as a bar chart and a table,
/// then the age band and grade level tables. A State's page keeps the State's row; the nation, age band and grade
/// level counts are national (the report does not split them by State) and are labelled so.
/// </summary>
public static class UnduplicatedCountsPage
{
    public const string ReportName = "Unduplicated counts";

    private const string Definition =
        "Each child (MSIX ID) enrolled at least one day of the performance period counts once in the nation, once in each State "
        + "where it was enrolled (so the States may add up to more than the nation), once in the age band of its age on "
        + "1 September of the period, and once in the grade level of its latest enrollment in the period.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(UnduplicatedCounts report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        report = scope is null ? report : report.ForState(scope);
        var states = report.ByState.Where(s => InScope(scope, s.State)).ToList();
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);
        Summary(html, report, scope, states);
        ByState(html, report.Period, scope, states);
        AgeBands(html, report, scope);
        GradeLevels(html, report, scope);
        return Close(html);
    }

    private static void Summary(StringBuilder html, UnduplicatedCounts report, string? scope, List<StateCount> states)
    {
        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tbody>\n");
        if (scope is null)
        {
            html.Append("<tr><th scope=\"row\">Children in the nation</th>").Append(Num(Number(report.Nation))).Append("</tr>\n")
                .Append("<tr><th scope=\"row\">States with children</th>").Append(Num(Number(states.Count))).Append("</tr>\n")
                .Append("<tr><th scope=\"row\">Sum of the State counts</th>").Append(Num(Number(states.Sum(s => (long)s.Children)))).Append("</tr>\n");
        }
        else
        {
            html.Append("<tr><th scope=\"row\">Children in ").Append(StateName(scope)).Append("</th>")
                .Append(Num(Number(states.Sum(s => (long)s.Children)))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void ByState(StringBuilder html, string period, string? scope, List<StateCount> states)
    {
        Section(html, "by-state", "Children by State");
        html.Append(BarChart.Render(
            "Children enrolled by State, " + period,
            [.. states.OrderByDescending(s => s.Children).ThenBy(s => s.State, StringComparer.Ordinal).Select(s => new Bar(s.State, s.Children))]));
        if (states.Count == 0)
        {
            Note(html, scope is null ? "No State counts a child in the period." : "The State counts no child in the period.");
        }
        else
        {
            Table(html, "State", "#Children");
            foreach (var s in states)
            {
                html.Append("<tr>").Append(Cell(StateName(s.State))).Append(Num(Number(s.Children))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
    }

    private static void AgeBands(StringBuilder html, UnduplicatedCounts report, string? scope)
    {
        Section(html, "by-age-band", "Children by age band");
        Note(html, "Age on 1 September of the period.");
        Table(html, "Age band", "#Children", scope is null ? "#Share of the nation" : "#Share of the State's children");
        foreach (var b in report.ByAgeBand)
        {
            html.Append("<tr>").Append(Cell(E(b.Band))).Append(Num(Number(b.Children))).Append(Num(Percent(Share(b.Children, report.Nation)))).Append("</tr>\n");
        }

        EndTable(html);
        EndSection(html);
    }

    private static void GradeLevels(StringBuilder html, UnduplicatedCounts report, string? scope)
    {
        Section(html, "by-grade-level", "Children by grade level");
        Note(html, "Grade level of the child's latest enrollment in the period" + (scope is null ? "." : " in the State."));
        if (report.ByGradeLevel.Count == 0)
        {
            Note(html, "No child has a grade level in the period.");
            EndSection(html);
            return;
        }

        Table(html, "Grade level", "#Children", "#Share of the nation");
        foreach (var g in report.ByGradeLevel)
        {
            var grade = CodeSet<GradeLevel>.TryParse(g.GradeLevel, out var level) ? MeaningAndCode(level) : E(g.GradeLevel);
            html.Append("<tr>").Append(Cell(grade)).Append(Num(Number(g.Children))).Append(Num(Percent(Share(g.Children, report.Nation)))).Append("</tr>\n");
        }

        EndTable(html);
        EndSection(html);
    }
}
