using System.Globalization;
using System.Xml.Linq;
using Msix.Api.Pages.Charts;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Quality;

namespace Msix.Domain.Tests.Pages;

public sealed class ChartTests
{
    private const string Hostile = "<b>Tom & \"Jerry\"</b>";

    [Fact]
    public void A_bar_chart_is_well_formed_and_named()
    {
        var svg = XElement.Parse(BarChart.Render("Children by State", [new Bar("TX", 10), new Bar("CA", 5)]));

        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Children by State", (string?)svg.Attribute("aria-label"));
        Assert.Equal("Children by State", svg.Element("title")?.Value);
        Assert.Equal(2, Bars(svg, "bar").Count);
        Assert.Equal(["10", "5"], Texts(svg, "value"));
    }

    [Fact]
    public void Bar_lengths_are_proportional_to_values_from_zero()
    {
        var bars = Bars(XElement.Parse(BarChart.Render("t", [new Bar("A", 10), new Bar("B", 5), new Bar("C", 0)])), "bar");

        Assert.Equal(2, Width(bars[0]) / Width(bars[1]), 6);
        Assert.Equal(0, Width(bars[2]));
        Assert.True(Width(bars[0]) > 100, "the largest bar uses the width");
    }

    [Fact]
    public void The_value_label_sits_at_the_end_of_its_bar()
    {
        var svg = XElement.Parse(BarChart.Render("t", [new Bar("A", 10), new Bar("B", 5)]));
        var bars = Bars(svg, "bar");
        var values = svg.Descendants("text").Where(t => (string?)t.Attribute("class") == "value").ToList();

        for (var i = 0; i < bars.Count; i++)
        {
            var end = Number(bars[i], "x") + Width(bars[i]);
            Assert.InRange(Number(values[i], "x"), end, end + 10);
        }
    }

    [Fact]
    public void Bar_labels_are_encoded()
    {
        var text = BarChart.Render("A <title> & \"more\"", [new Bar(Hostile, 3)]);

        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;", text, StringComparison.Ordinal);
        var svg = XElement.Parse(text);
        Assert.Equal("A <title> & \"more\"", (string?)svg.Attribute("aria-label"));
        Assert.Contains(svg.Descendants("text"), t => t.Value == Hostile);
    }

    [Fact]
    public void Long_labels_are_shortened_and_kept_whole_in_the_bar_title()
    {
        var label = new string('x', 60);
        var svg = XElement.Parse(BarChart.Render("t", [new Bar(label, 1)]));

        Assert.DoesNotContain(svg.Descendants("text"), t => t.Value == label);
        Assert.Contains(svg.Descendants("title"), t => t.Value == label + ": 1");
    }

    [Fact]
    public void An_empty_bar_chart_says_no_data()
    {
        var svg = XElement.Parse(BarChart.Render("Nothing", []));

        Assert.Equal("No data", svg.Descendants("text").Single().Value);
        Assert.Empty(Bars(svg, "bar"));
    }

    [Fact]
    public void All_zero_values_draw_empty_bars()
    {
        var text = BarChart.Render("t", [new Bar("A", 0), new Bar("B", 0)]);

        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        Assert.All(Bars(XElement.Parse(text), "bar"), b => Assert.Equal(0, Width(b)));
    }

    [Fact]
    public void The_chart_grows_with_its_bars_and_keeps_its_width()
    {
        var one = XElement.Parse(BarChart.Render("t", [new Bar("A", 1)]));
        var ten = XElement.Parse(BarChart.Render("t", [.. Enumerable.Range(0, 10).Select(i => new Bar("S" + i, i))]));

        Assert.Equal(Number(one, "width"), Number(ten, "width"));
        Assert.True(Number(ten, "height") > Number(one, "height") * 5);
        Assert.Equal("0 0 640 " + (string?)ten.Attribute("height"), (string?)ten.Attribute("viewBox"));
    }

    [Fact]
    public void Numbers_are_culture_invariant()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = BarChart.Render("t", [new Bar("A", 1_234_567), new Bar("B", 400_000)]);
            var flow = FlowChart.Render("t", [new Corridor("TX", "CA", 3), new Corridor("TX", "FL", 1)]);

            Assert.Contains(">1,234,567<", text, StringComparison.Ordinal);
            Assert.Matches("width=\"129\\.6\"", text);
            Assert.DoesNotMatch("=\"\\d+,\\d+\"", text + flow);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_flow_chart_draws_one_titled_band_per_corridor()
    {
        var svg = XElement.Parse(FlowChart.Render("Moves", [new Corridor("TX", "CA", 12), new Corridor("FL", "CA", 1), new Corridor("TX", "FL", 4)]));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Moves", svg.Element("title")?.Value);
        var bands = Bars(svg, "band");
        Assert.Equal(["TX \u2192 CA: 12 moves", "TX \u2192 FL: 4 moves", "FL \u2192 CA: 1 move"], bands.Select(b => b.Element("title")?.Value));
        Assert.All(bands, b => Assert.Matches("^M[\\d.]+ [\\d.]+ C[\\d.]+ [\\d.]+ [\\d.]+ [\\d.]+ [\\d.]+ [\\d.]+$", (string?)b.Attribute("d")));
        // From-States on the left, to-States on the right.
        var nodes = Bars(svg, "node");
        Assert.Equal(2, nodes.Count(n => Number(n, "x") < 320));
        Assert.Equal(2, nodes.Count(n => Number(n, "x") > 320));
        Assert.Equal("All 3 corridors are drawn.", Texts(svg, "more").Single());
    }

    [Fact]
    public void Band_thickness_is_proportional_to_moves()
    {
        var bands = Bars(XElement.Parse(FlowChart.Render("t", [new Corridor("TX", "CA", 10), new Corridor("FL", "GA", 5)])), "band");

        Assert.Equal(2, Number(bands[0], "stroke-width") / Number(bands[1], "stroke-width"), 6);
    }

    [Fact]
    public void The_flow_chart_draws_the_top_corridors_and_counts_the_rest()
    {
        var corridors = Enumerable.Range(1, 25).Select(i => new Corridor("S" + i.ToString("00", CultureInfo.InvariantCulture), "T" + (i % 4), i)).ToList();

        var svg = XElement.Parse(FlowChart.Render("t", corridors));
        var bands = Bars(svg, "band");

        Assert.Equal(FlowChart.DefaultTop, bands.Count);
        Assert.Contains(bands, b => b.Element("title")?.Value == "S25 \u2192 T1: 25 moves");
        Assert.DoesNotContain(bands, b => b.Element("title")?.Value == "S05 \u2192 T1: 5 moves");
        Assert.Equal("5 more corridors (15 moves) not drawn.", Texts(svg, "more").Single());

        var three = XElement.Parse(FlowChart.Render("t", corridors, top: 3));
        Assert.Equal(3, Bars(three, "band").Count);
        Assert.Equal("22 more corridors (253 moves) not drawn.", Texts(three, "more").Single());
    }

    [Fact]
    public void The_flow_chart_encodes_state_labels()
    {
        var text = FlowChart.Render("t", [new Corridor(Hostile, "CA", 2)]);

        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.Contains(XElement.Parse(text).Descendants("title"), t => t.Value == Hostile + " \u2192 CA: 2 moves");
    }

    [Fact]
    public void An_empty_flow_chart_says_no_data()
    {
        Assert.Equal("No data", XElement.Parse(FlowChart.Render("t", [])).Descendants("text").Single().Value);
        Assert.Equal("No data", XElement.Parse(FlowChart.Render("t", [new Corridor("TX", "CA", 0)])).Descendants("text").Single().Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => FlowChart.Render("t", [], top: 0));
    }

    [Fact]
    public void A_tiny_corridor_beside_a_large_one_stays_visible()
    {
        var bands = Bars(XElement.Parse(FlowChart.Render("t", [new Corridor("TX", "CA", 100_000), new Corridor("FL", "GA", 1)])), "band");

        Assert.Equal(FlowChart.MinimumBandThickness, Number(bands[1], "stroke-width"));
    }

    [Fact]
    public void Completeness_bars_fill_their_share_of_the_track_and_print_it()
    {
        var svg = XElement.Parse(CompletenessBars.Render("Completeness", [
            new ElementCompleteness("Birth City", 50, 0.5),
            new ElementCompleteness("Sex", 100, 1),
            new ElementCompleteness("Parent 2 Last Name", 0, 0),
        ]));

        var tracks = Bars(svg, "track");
        var shares = Bars(svg, "share");
        Assert.Equal(0.5, Width(shares[0]) / Width(tracks[0]), 6);
        Assert.Equal(Width(tracks[1]), Width(shares[1]));
        Assert.Equal(0, Width(shares[2]));
        Assert.Equal(["50.0%", "100.0%", "0.0%"], Texts(svg, "value"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
    }

    [Fact]
    public void Completeness_never_rounds_to_a_misleading_whole()
    {
        var svg = XElement.Parse(CompletenessBars.Render("t", [new ElementCompleteness("A", 9999, 0.9999), new ElementCompleteness("B", 1, 0.0001)]));

        Assert.Equal([">99.9%", "<0.1%"], Texts(svg, "value"));
    }

    [Fact]
    public void Completeness_bars_cope_with_nothing_and_odd_shares()
    {
        Assert.Equal("No data", XElement.Parse(CompletenessBars.Render("t", [])).Descendants("text").Single().Value);

        var text = CompletenessBars.Render("t", [new ElementCompleteness(Hostile, 0, double.NaN), new ElementCompleteness("Over", 3, 1.5)]);
        var svg = XElement.Parse(text);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants("text"), t => t.Value == Hostile);
        var shares = Bars(svg, "share");
        Assert.Equal(0, Width(shares[0]));
        Assert.Equal(Width(Bars(svg, "track")[1]), Width(shares[1]));
    }

    private static List<XElement> Bars(XElement svg, string cssClass) =>
        [.. svg.Descendants().Where(e => (string?)e.Attribute("class") == cssClass)];

    private static List<string> Texts(XElement svg, string cssClass) => [.. Bars(svg, cssClass).Select(e => e.Value)];

    private static double Width(XElement rect) => Number(rect, "width");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string?)element.Attribute(attribute) ?? throw new InvalidOperationException(attribute + " missing"), CultureInfo.InvariantCulture);
}
