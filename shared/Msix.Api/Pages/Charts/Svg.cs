using System.Globalization;
using System.Text;
using static Msix.Api.Pages.PageText;

namespace Msix.Api.Pages.Charts;

/// <summary>
/// What the charts share: an <c>&lt;svg&gt;</c> of a fixed width that scales down with the page, named for screen
/// readers (<c>role="img"</c>, an aria-label and a <c>&lt;title&gt;</c>), drawn with presentation attributes only (no
/// style attribute, no script, nothing loaded), every text HTML-encoded, every number written in the invariant culture.
/// The fragment is well-formed XML, so it can be read back as such.
/// </summary>
internal static class Svg
{
    /// <summary>The width every chart is drawn at, in pixels.</summary>
    public const int Width = 640;

    /// <summary>The height of a line of text, in pixels (text is drawn at 12 px).</summary>
    public const int LineHeight = 16;

    public const string BarFill = "#3b5b8c";

    public const string TrackFill = "#e2e2e2";

    public const string Ink = "#111";

    /// <summary>A coordinate or length, at most two decimals, invariant: "12.5".</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Opens the chart: its accessible name and its size.</summary>
    public static StringBuilder Open(string kind, string title, double height)
    {
        var name = E(title);
        return new StringBuilder(4 * 1024)
            .Append("<svg class=\"chart ").Append(kind).Append("\" role=\"img\" aria-label=\"").Append(name).Append('"')
            .Append(" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append('"')
            .Append(" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height)).Append('"')
            .Append(" font-size=\"12\" fill=\"").Append(Ink).Append("\">\n")
            .Append("<title>").Append(name).Append("</title>\n");
    }

    public static string Close(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    /// <summary>A chart with nothing to draw: its name, and "No data".</summary>
    public static string NoData(string kind, string title)
    {
        var svg = Open(kind, title, 2 * LineHeight);
        svg.Append("<text class=\"no-data\" x=\"8\" y=\"20\">No data</text>\n");
        return Close(svg);
    }

    /// <summary>The label, cut to <paramref name="length"/> characters with an ellipsis when longer (not yet encoded).</summary>
    public static string Shorten(string label, int length)
    {
        if (label.Length <= length)
        {
            return label;
        }

        var keep = length - 1;
        if (char.IsHighSurrogate(label[keep - 1]))
        {
            keep--;
        }

        return string.Concat(label.AsSpan(0, keep), "\u2026");
    }
}
