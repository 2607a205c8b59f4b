using System.Globalization;
using System.Text;
using Msix.Domain.Reports;
using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages.Charts;

/// <summary>
/// Interstate moves as a flow chart in inline SVG: the States moved from in a left column, the States moved to in a
/// right column, and between them one band (a cubic curve) per corridor, as thick as its moves on one scale. Only the
/// busiest corridors are drawn; the chart says how many more there are. A band is drawn at least
/// <see cref="MinimumBandThickness"/> thick so a small corridor beside a large one stays visible; above that, thickness
/// is proportional to moves. Each band and State is titled with its numbers (a tooltip on screen).
/// </summary>
public static class FlowChart
{
    /// <summary>How many corridors are drawn unless the caller says otherwise.</summary>
    public const int DefaultTop = 20;

    /// <summary>The thinnest band drawn, in pixels.</summary>
    public const double MinimumBandThickness = 1;

    private const double MaxBandThickness = 32;
    private const double ColumnHeight = 360;
    private const int Header = 24;
    private const int Gap = 6;
    private const int LeftNodeX = 150;
    private const int RightNodeX = 480;
    private const int NodeWidth = 10;
    private const int LabelLength = 16;

    /// <summary>
    /// The chart of the <paramref name="top"/> busiest <paramref name="corridors"/> (moves descending, then from-State,
    /// then to-State), named <paramref name="title"/>. Corridors without moves are left out.
    /// </summary>
    public static string Render(string title, IReadOnlyList<Corridor> corridors, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(corridors);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var ranked = corridors.Where(c => c.Moves > 0)
            .OrderByDescending(c => c.Moves).ThenBy(c => c.FromState, StringComparer.Ordinal).ThenBy(c => c.ToState, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return Svg.NoData("flow-chart", title);
        }

        var drawn = ranked.Take(top).ToList();
        var left = ranked.Count - drawn.Count;
        var scale = Math.Min(MaxBandThickness / drawn[0].Moves, ColumnHeight / drawn.Sum(c => (double)c.Moves));
        var bands = drawn.Select(c => new Band(c, Math.Max(MinimumBandThickness, c.Moves * scale))).ToList();
        var from = Column(bands, b => b.Corridor.FromState);
        var to = Column(bands, b => b.Corridor.ToState);
        var fromRank = from.Select((n, i) => (n.State, i)).ToDictionary(p => p.State, p => p.i, StringComparer.Ordinal);
        var toRank = to.Select((n, i) => (n.State, i)).ToDictionary(p => p.State, p => p.i, StringComparer.Ordinal);
        var fromBottom = Stack(from, b => toRank[b.Corridor.ToState], (b, y) => b.FromY = y);
        var toBottom = Stack(to, b => fromRank[b.Corridor.FromState], (b, y) => b.ToY = y);
        var footer = Math.Max(fromBottom, toBottom) + 4;
        var height = footer + Svg.LineHeight + 4;

        var svg = Svg.Open("flow-chart", title, height);
        svg.Append("<text x=\"").Append(Svg.N(LeftNodeX + NodeWidth)).Append("\" y=\"14\" text-anchor=\"end\" font-weight=\"bold\">From</text>\n")
            .Append("<text x=\"").Append(Svg.N(RightNodeX)).Append("\" y=\"14\" font-weight=\"bold\">To</text>\n");
        var middle = (LeftNodeX + NodeWidth + RightNodeX) / 2.0;
        foreach (var band in bands)
        {
            var c = band.Corridor;
            svg.Append("<path class=\"band\" d=\"M").Append(Svg.N(LeftNodeX + NodeWidth)).Append(' ').Append(Svg.N(band.FromY))
                .Append(" C").Append(Svg.N(middle)).Append(' ').Append(Svg.N(band.FromY))
                .Append(' ').Append(Svg.N(middle)).Append(' ').Append(Svg.N(band.ToY))
                .Append(' ').Append(Svg.N(RightNodeX)).Append(' ').Append(Svg.N(band.ToY))
                .Append("\" fill=\"none\" stroke=\"").Append(Svg.BarFill).Append("\" stroke-opacity=\"0.55\" stroke-width=\"").Append(Svg.N(band.Thickness))
                .Append("\"><title>").Append(E(c.FromState)).Append(" \u2192 ").Append(E(c.ToState)).Append(": ").Append(Moves(c.Moves))
                .Append("</title></path>\n");
        }

        Nodes(svg, from, LeftNodeX, "moves out", anchorEnd: true);
        Nodes(svg, to, RightNodeX, "moves in", anchorEnd: false);
        var more = left == 0
            ? (ranked.Count == 1 ? "The only corridor is drawn." : "All " + ranked.Count.ToString(CultureInfo.InvariantCulture) + " corridors are drawn.")
            : left.ToString("N0", CultureInfo.InvariantCulture) + " more " + (left == 1 ? "corridor" : "corridors") + " ("
                + Moves(ranked.Skip(drawn.Count).Sum(c => (long)c.Moves)) + ") not drawn.";
        svg.Append("<text class=\"more\" x=\"8\" y=\"").Append(Svg.N(footer + 12)).Append("\">").Append(E(more)).Append("</text>\n");
        return Svg.Close(svg);
    }

    private static string Moves(long moves) =>
        moves.ToString("N0", CultureInfo.InvariantCulture) + (moves == 1 ? " move" : " moves");

    /// <summary>The States of one column with their bands, busiest first (then by code).</summary>
    private static List<Node> Column(List<Band> bands, Func<Band, string> state) =>
        [.. bands.GroupBy(state, StringComparer.Ordinal)
            .Select(g => new Node(g.Key, [.. g], g.Sum(b => (long)b.Corridor.Moves), g.Sum(b => b.Thickness)))
            .OrderByDescending(n => n.Moves).ThenBy(n => n.State, StringComparer.Ordinal)];

    /// <summary>
    /// Places a column's States from the top, each at least a line of text high, and each State's bands inside it in
    /// the order of the States at their other end (so bands cross as little as they can); returns the column's bottom.
    /// </summary>
    private static double Stack(List<Node> column, Func<Band, int> otherEnd, Action<Band, double> place)
    {
        double y = Header;
        foreach (var node in column)
        {
            var slot = Math.Max(node.Thickness, Svg.LineHeight);
            node.Y = y + ((slot - node.Thickness) / 2);
            var offset = node.Y;
            foreach (var band in node.Bands.OrderBy(otherEnd))
            {
                place(band, offset + (band.Thickness / 2));
                offset += band.Thickness;
            }

            y += slot + Gap;
        }

        return y - Gap;
    }

    private static void Nodes(StringBuilder svg, List<Node> column, int x, string what, bool anchorEnd)
    {
        foreach (var node in column)
        {
            var label = E(Svg.Shorten(node.State, LabelLength)) + " " + Number(node.Moves);
            svg.Append("<g><title>").Append(E(node.State)).Append(": ").Append(Number(node.Moves)).Append(' ').Append(what).Append(" drawn</title>")
                .Append("<rect class=\"node\" x=\"").Append(Svg.N(x)).Append("\" y=\"").Append(Svg.N(node.Y))
                .Append("\" width=\"").Append(Svg.N(NodeWidth)).Append("\" height=\"").Append(Svg.N(node.Thickness))
                .Append("\" fill=\"").Append(Svg.Ink).Append("\"/>")
                .Append("<text x=\"").Append(Svg.N(anchorEnd ? x - 6 : x + NodeWidth + 6)).Append("\" y=\"").Append(Svg.N(node.Y + (node.Thickness / 2) + 4)).Append('"')
                .Append(anchorEnd ? " text-anchor=\"end\">" : ">").Append(label).Append("</text></g>\n");
        }
    }

    /// <summary>A corridor as drawn: its thickness and where it leaves and reaches its States.</summary>
    private sealed class Band(Corridor corridor, double thickness)
    {
        public Corridor Corridor { get; } = corridor;

        public double Thickness { get; } = thickness;

        public double FromY { get; set; }

        public double ToY { get; set; }
    }

    /// <summary>A State in one column: its bands, their moves and their total thickness, and its top.</summary>
    private sealed class Node(string state, List<Band> bands, long moves, double thickness)
    {
        public string State { get; } = state;

        public List<Band> Bands { get; } = bands;

        public long Moves { get; } = moves;

        public double Thickness { get; } = thickness;

        public double Y { get; set; }
    }
}
