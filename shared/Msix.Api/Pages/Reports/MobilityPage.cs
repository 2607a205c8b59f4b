using System.Globalization;
using System.Text;
using Msix.Api.Pages.Charts;
using Msix.Domain.Reports;
using static Msix.Api.Pages.PageText;
using static Msix.Api.Pages.Reports.ReportLayout;

namespace Msix.Api.Pages.Reports;

/// <summary>
/// The interstate moves of one period as a printable page: the busiest corridors as a flow chart and a table, then
/// the moves in and out of each State (or, on a State's page, between the State and each other State). A State's
/// page keeps the corridors from or to the State.
/// </summary>
public static class MobilityPage
{
    public const string ReportName = "Interstate mobility";

    /// <summary>How many corridors the flow chart draws.</summary>
    public const int ChartedCorridors = FlowChart.DefaultTop;

    /// <summary>How many corridors the table lists.</summary>
    public const int ListedCorridors = 50;

    private const string Definition =
        "A move is two consecutive enrollments of a child in different States (all States' enrollments in order of enrollment "
        + "date), the later one starting in the performance period. A corridor is the moves from one State to another.";

    /// <summary>The page of <paramref name="report"/>, for the nation or for <paramref name="state"/>.</summary>
    public static string Render(MobilityMatrix report, DateTimeOffset generatedAt, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = Scope(state);
        var corridors = report.Moves.Where(c => c.Moves > 0 && (InScope(scope, c.FromState) || InScope(scope, c.ToState)))
            .OrderByDescending(c => c.Moves).ThenBy(c => c.FromState, StringComparer.Ordinal).ThenBy(c => c.ToState, StringComparer.Ordinal)
            .ToList();
        var total = corridors.Sum(c => (long)c.Moves);
        var html = Open(ReportName, report.Period, generatedAt, scope, Definition);
        Summary(html, scope, corridors, total);

        Section(html, "flows", "Busiest corridors");
        html.Append(FlowChart.Render("Interstate moves by corridor, " + report.Period, corridors, ChartedCorridors));
        Corridors(html, corridors, total);
        EndSection(html);

        if (scope is null)
        {
            ByState(html, corridors);
        }
        else
        {
            ByPartner(html, scope, corridors);
        }

        return Close(html);
    }

    private static void Summary(StringBuilder html, string? scope, List<Corridor> corridors, long total)
    {
        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n<table>\n<tbody>\n");
        if (scope is null)
        {
            html.Append("<tr><th scope=\"row\">Interstate moves</th>").Append(Num(Number(total))).Append("</tr>\n");
        }
        else
        {
            var name = StateName(scope);
            html.Append("<tr><th scope=\"row\">Moves out of ").Append(name).Append("</th>").Append(Num(Number(Out(corridors, scope)))).Append("</tr>\n")
                .Append("<tr><th scope=\"row\">Moves into ").Append(name).Append("</th>").Append(Num(Number(In(corridors, scope)))).Append("</tr>\n");
        }

        html.Append("<tr><th scope=\"row\">Corridors with moves</th>").Append(Num(Number(corridors.Count))).Append("</tr>\n")
            .Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Corridors(StringBuilder html, List<Corridor> corridors, long total)
    {
        if (corridors.Count == 0)
        {
            Note(html, "No interstate move in the period.");
            return;
        }

        Table(html, "#Rank", "From", "To", "#Moves", "#Share of the moves");
        var rank = 0;
        foreach (var c in corridors.Take(ListedCorridors))
        {
            html.Append("<tr>").Append(Num(Number(++rank))).Append(Cell(StateName(c.FromState))).Append(Cell(StateName(c.ToState)))
                .Append(Num(Number(c.Moves))).Append(Num(Percent(Share(c.Moves, total)))).Append("</tr>\n");
        }

        EndTable(html);
        if (corridors.Count > ListedCorridors)
        {
            var rest = corridors.Skip(ListedCorridors).ToList();
            Note(html, string.Create(CultureInfo.InvariantCulture, $"{rest.Count:N0} more corridors with {rest.Sum(c => (long)c.Moves):N0} moves are not listed; the moves by State below count them all."));
        }
    }

    private static void ByState(StringBuilder html, List<Corridor> corridors)
    {
        Section(html, "by-state", "Moves by State");
        var states = corridors.SelectMany(c => new[] { c.FromState, c.ToState }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (states.Count == 0)
        {
            Note(html, "No interstate move in the period.");
        }
        else
        {
            Table(html, "State", "#Moves out", "#Moves in", "#Net (in minus out)");
            foreach (var s in states)
            {
                long moved = Out(corridors, s), came = In(corridors, s);
                html.Append("<tr>").Append(Cell(StateName(s))).Append(Num(Number(moved))).Append(Num(Number(came))).Append(Num(Signed(came - moved))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
    }

    private static void ByPartner(StringBuilder html, string scope, List<Corridor> corridors)
    {
        var name = StateName(scope);
        Section(html, "by-state", "Moves between the State and each other State");
        var partners = corridors.Select(c => string.Equals(c.FromState, scope, StringComparison.OrdinalIgnoreCase) ? c.ToState : c.FromState)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (partners.Count == 0)
        {
            Note(html, "No child moved into or out of the State in the period.");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>Other State</th><th class=\"num\">Moves from ").Append(name).Append("</th><th class=\"num\">Moves to ")
                .Append(name).Append("</th><th class=\"num\">Net for ").Append(name).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var p in partners)
            {
                long moved = Moves(corridors, scope, p), came = Moves(corridors, p, scope);
                html.Append("<tr>").Append(Cell(StateName(p))).Append(Num(Number(moved))).Append(Num(Number(came))).Append(Num(Signed(came - moved))).Append("</tr>\n");
            }

            EndTable(html);
        }

        EndSection(html);
    }

    private static long Out(List<Corridor> corridors, string state) =>
        corridors.Where(c => string.Equals(c.FromState, state, StringComparison.OrdinalIgnoreCase)).Sum(c => (long)c.Moves);

    private static long In(List<Corridor> corridors, string state) =>
        corridors.Where(c => string.Equals(c.ToState, state, StringComparison.OrdinalIgnoreCase)).Sum(c => (long)c.Moves);

    private static long Moves(List<Corridor> corridors, string from, string to) =>
        corridors.Where(c => string.Equals(c.FromState, from, StringComparison.OrdinalIgnoreCase) && string.Equals(c.ToState, to, StringComparison.OrdinalIgnoreCase))
            .Sum(c => (long)c.Moves);

    /// <summary>"+12", "-3" or "0".</summary>
    private static string Signed(long value) => (value > 0 ? "+" : value < 0 ? "&#x2212;" : "") + Number(Math.Abs(value));
}
