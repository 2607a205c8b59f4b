using Msix.Domain.Reports.Quality;
using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages.Charts;

/// <summary>
/// How complete a State's records are, as inline SVG: per element a bar on a 0–100 % track, filled to the share of
/// records that carry it, with the percentage printed after the track. Shares outside 0 to 1 are drawn at the
/// nearer end. The chart is <see cref="Svg.Width"/> wide and grows by one row per element; with none it says "No data".
/// </summary>
public static class CompletenessBars
{
    private const int LabelEnd = 180;
    private const int TrackStart = 186;
    private const int TrackLength = 380;
    private const int RowHeight = 22;
    private const int BarHeight = 16;
    private const int Margin = 6;
    private const int LabelLength = 27;

    /// <summary>The chart of <paramref name="elements"/> in the order given, named <paramref name="title"/>.</summary>
    public static string Render(string title, IReadOnlyList<ElementCompleteness> elements)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Count == 0)
        {
            return Svg.NoData("completeness-chart", title);
        }

        var height = (2 * Margin) + (elements.Count * RowHeight);
        var svg = Svg.Open("completeness-chart", title, height);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var top = Margin + (i * RowHeight);
            var share = double.IsFinite(element.Share) ? Math.Clamp(element.Share, 0, 1) : 0;
            var percent = Percent(element.Share);
            svg.Append("<g><title>").Append(E(element.Element)).Append(": ").Append(percent)
                .Append(" (").Append(Number(element.RecordsWith)).Append(" records)</title>")
                .Append("<text x=\"").Append(Svg.N(LabelEnd)).Append("\" y=\"").Append(Svg.N(top + 15)).Append("\" text-anchor=\"end\">")
                .Append(E(Svg.Shorten(element.Element, LabelLength))).Append("</text>")
                .Append("<rect class=\"track\" x=\"").Append(Svg.N(TrackStart)).Append("\" y=\"").Append(Svg.N(top + 3))
                .Append("\" width=\"").Append(Svg.N(TrackLength)).Append("\" height=\"").Append(Svg.N(BarHeight))
                .Append("\" fill=\"").Append(Svg.TrackFill).Append("\"/>")
                .Append("<rect class=\"share\" x=\"").Append(Svg.N(TrackStart)).Append("\" y=\"").Append(Svg.N(top + 3))
                .Append("\" width=\"").Append(Svg.N(TrackLength * share)).Append("\" height=\"").Append(Svg.N(BarHeight))
                .Append("\" fill=\"").Append(Svg.BarFill).Append("\"/>")
                .Append("<text class=\"value\" x=\"").Append(Svg.N(TrackStart + TrackLength + 6)).Append("\" y=\"").Append(Svg.N(top + 15)).Append("\">")
                .Append(percent).Append("</text></g>\n");
        }

        return Svg.Close(svg);
    }
}
