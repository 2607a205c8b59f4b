using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG: one row per bar in the order given, its label on the left, its value at
/// the bar's end. Bars are drawn on one scale from 0 to the largest value, so a bar twice as long counts twice as
/// many; with every value 0 the bars have no length. The chart is <see cref="Svg.Width"/> wide and grows by one row
/// per bar; with no bar it says "No data".
/// </summary>
public static class BarChart
{
    private const int LabelEnd = 150;
    private const int BarStart = 156;
    private const int MaxBarLength = 400;
    private const int RowHeight = 22;
    private const int BarHeight = 16;
    private const int Margin = 6;
    private const int LabelLength = 22;

    /// <summary>The chart of <paramref name="bars"/>, named <paramref name="title"/> (its SVG title and aria-label).</summary>
    public static string Render(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            return Svg.NoData("bar-chart", title);
        }

        var max = bars.Max(b => Math.Max(0, b.Value));
        var height = (2 * Margin) + (bars.Count * RowHeight);
        var svg = Svg.Open("bar-chart", title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = Margin + (i * RowHeight);
            var length = max == 0 ? 0 : MaxBarLength * ((double)Math.Max(0, bar.Value) / max);
            var value = Number(bar.Value);
            svg.Append("<g><title>").Append(E(bar.Label)).Append(": ").Append(value).Append("</title>")
                .Append("<text x=\"").Append(Svg.N(LabelEnd)).Append("\" y=\"").Append(Svg.N(top + 15)).Append("\" text-anchor=\"end\">")
                .Append(E(Svg.Shorten(bar.Label, LabelLength))).Append("</text>")
                .Append("<rect class=\"bar\" x=\"").Append(Svg.N(BarStart)).Append("\" y=\"").Append(Svg.N(top + 3))
                .Append("\" width=\"").Append(Svg.N(length)).Append("\" height=\"").Append(Svg.N(BarHeight))
                .Append("\" fill=\"").Append(Svg.BarFill).Append("\"/>")
                .Append("<text class=\"value\" x=\"").Append(Svg.N(BarStart + length + 4)).Append("\" y=\"").Append(Svg.N(top + 15)).Append("\">")
                .Append(value).Append("</text></g>\n");
        }

        // The 0 of the scale.
        svg.Append("<line x1=\"").Append(Svg.N(BarStart)).Append("\" y1=\"").Append(Svg.N(Margin))
            .Append("\" x2=\"").Append(Svg.N(BarStart)).Append("\" y2=\"").Append(Svg.N(height - Margin))
            .Append("\" stroke=\"").Append(Svg.Ink).Append("\" stroke-width=\"1\"/>\n");
        return Svg.Close(svg);
    }
}
