using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Msix.Api.Pages.Reports;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Reports.Usage;

namespace Msix.Domain.Tests.Pages;

/// <summary>What every report page must be: self-contained, script-free, encoded, invariant, and whole with no data.</summary>
public sealed class ReportPageTests
{
    /// <summary>07:00 at UTC-05:00, so a page that forgets to convert to UTC shows the wrong hour.</summary>
    internal static readonly DateTimeOffset GeneratedAt = new(2026, 10, 1, 7, 0, 0, TimeSpan.FromHours(-5));

    internal const string Hostile = "<b>X&\"Y</b>";

    public static TheoryData<string> Pages => ["unduplicated", "child-counts", "reconciliation", "mobility", "usage", "data-quality"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_is_a_whole_titled_document(string page)
    {
        var html = Render(page, Samples.Period);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Matches("<title>MSIX [^<]+ 2025-2026</title>", html);
        Assert.Contains("<p class=\"meta\">Computed 2026-10-01 12:00 UTC &#xB7; ", html, StringComparison.Ordinal);
        Assert.Contains("scope: the nation (every State)", html, StringComparison.Ordinal);
        Assert.Contains("1 September 2025 through 31 August 2026", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"definition\">", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<svg ", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_is_self_contained_and_script_free(string page)
    {
        var html = Render(page, Samples.Period);

        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?i)\\son[a-z]+\\s*=", html);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_chart_and_element_is_closed(string page)
    {
        var html = Render(page, Samples.Period);

        var charts = Charts(html);
        Assert.NotEmpty(charts);
        Assert.Equal(Regex.Count(html, "<svg[ >]"), charts.Count);
        Assert.Equal(Regex.Count(html, "<svg[ >]"), Regex.Count(html, "</svg>"));
        foreach (var chart in charts)
        {
            var svg = XElement.Parse(chart);
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.Element("title")?.Value));
        }

        foreach (var tag in new[] { "html", "head", "body", "header", "section", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "p", "title", "g", "text" })
        {
            Assert.True(Regex.Count(html, "<" + tag + "[ >]") == Regex.Count(html, "</" + tag + ">"), $"<{tag}> is not closed as often as it is opened");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_carries_a_policy_that_allows_its_style_sheet_only(string page)
    {
        var html = Render(page, Samples.Period);

        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'";
        Assert.DoesNotContain('\r', style);
        Assert.Contains("style-src " + hash, ReportPagePolicy.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", ReportPagePolicy.ContentSecurityPolicy, StringComparison.Ordinal);
        var meta = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        Assert.Contains("style-src " + hash, System.Net.WebUtility.HtmlDecode(meta), StringComparison.Ordinal);
        Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("<style>", StringComparison.Ordinal));
        Assert.Equal(1, Regex.Count(html, "<style>"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_text_value_is_encoded(string page)
    {
        var html = Render(page, Samples.Period, hostile: true);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("X&\"Y", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;X&amp;&quot;Y&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.All(Charts(html), chart => XElement.Parse(chart));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_period_label_is_encoded(string page)
    {
        var html = Render(page, "2025-2026<script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2025-2026&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void An_empty_report_renders_no_data(string page)
    {
        var html = Render(page, Samples.Period, empty: true);

        Assert.Contains(">No data</text>", html, StringComparison.Ordinal);
        Assert.All(Charts(html), chart => XElement.Parse(chart));
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_report_of_zeros_renders(string page)
    {
        var html = Render(page, Samples.Period, zeros: true);

        Assert.All(Charts(html), chart => XElement.Parse(chart));
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", html, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_state_page_names_its_scope(string page)
    {
        var html = Render(page, Samples.Period, state: "tx");

        Assert.Contains("scope: Texas (TX)", html, StringComparison.Ordinal);
        Assert.Matches("<title>MSIX [^<]+ 2025-2026 \u2014 Texas \\(TX\\)</title>", html);
        Assert.All(Charts(html), chart => XElement.Parse(chart));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Numbers_are_culture_invariant(string page)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var html = Render(page, Samples.Period);

            Assert.Contains("12,345", html, StringComparison.Ordinal);
            Assert.DoesNotContain("12.345", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("=\"\\d+,\\d+\"", html);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The chart fragments of a page.</summary>
    internal static List<string> Charts(string html) =>
        [.. Regex.Matches(html, "<svg[ >].*?</svg>", RegexOptions.Singleline).Select(m => m.Value)];

    /// <summary>The text of the page's tables, as "cell|cell|cell" rows.</summary>
    internal static List<string> Rows(string html) =>
        [.. Regex.Matches(html, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => string.Join('|', Regex.Matches(m.Groups[1].Value, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline).Select(c => c.Groups[1].Value)))];

    private static string Render(string page, string period, string? state = null, bool hostile = false, bool empty = false, bool zeros = false) => page switch
    {
        "unduplicated" => UnduplicatedCountsPage.Render(Samples.Unduplicated(period, hostile, empty, zeros), GeneratedAt, state),
        "child-counts" => ChildCountsPage.Render(Samples.ChildCounts(period, hostile, empty, zeros), GeneratedAt, state),
        "reconciliation" => ReconciliationPage.Render(Samples.Reconciliation(period, hostile, empty, zeros), GeneratedAt, state),
        "mobility" => MobilityPage.Render(Samples.Mobility(period, hostile, empty, zeros), GeneratedAt, state),
        "usage" => UsagePage.Render(Samples.Usage(period, hostile, empty, zeros), GeneratedAt, state),
        "data-quality" => DataQualityPage.Render(Samples.DataQuality(period, hostile, empty, zeros), GeneratedAt, state),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, null),
    };

    /// <summary>Small reports of every kind; each holds a 12,345 and, when hostile, a value that must be encoded.</summary>
    internal static class Samples
    {
        public const string Period = "2025-2026";

        public static UnduplicatedCounts Unduplicated(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, 0, [], [], [])
            : zeros ? new(period, 0, [new("TX", 0)], [new("3-5", 0)], [new("09", 0)])
            : new(
                period,
                12_345,
                [new("CA", 4_000), new(hostile ? Hostile : "FL", 1_500), new("TX", 8_000)],
                [new("0-2", 45), new("3-5", 2_000), new("6-10", 10_300), new("Unknown", 0)],
                [new("KG", 300), new("09", 5_000), new(hostile ? Hostile : "UG", 7)])
            {
                States = [new StateBreakdown("TX", [new("0-2", 2_000), new("6-10", 6_000)], [new("09", 8_000)])],
            };

        public static ChildCounts ChildCounts(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, [])
            : zeros ? new(period, [new("TX", 0, 0, [], [])])
            : new(period, [
                new("CA", 4_000, 900, ["MSIX-CA-0001", "MSIX-CA-0002"], ["MSIX-CA-0002"]),
                new(hostile ? Hostile : "FL", 10, 0, ["MSIX-FL-0001"], []),
                new("TX", 12_345, 3_000, ["MSIX-TX-0001", "MSIX-TX-0002"], ["MSIX-TX-0001"]),
            ]);

        public static Reconciliation Reconciliation(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, 0, [])
            : zeros ? new(period, 0, [new("CA", "TX", 0)])
            : new(period, 12_345, [new("CA", "TX", 10_000), new("FL", "TX", 2_000), new(hostile ? Hostile : "CA", "FL", 500)])
            {
                States = [new StateCount("CA", 10_400), new StateCount("FL", 2_450), new StateCount("TX", 11_900)],
            };

        public static MobilityMatrix Mobility(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, [])
            : zeros ? new(period, [new("TX", "CA", 0)])
            : new(period, [new("TX", "CA", 12_345), new("CA", "TX", 5_000), new(hostile ? Hostile : "FL", "GA", 700), new("GA", "FL", 3)]);

        public static UsageReport Usage(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, [])
            : zeros ? new(period, [new("TX", "2025-09", 0, 0, 0)])
            : new(period, [
                new("CA", "2025-10", 40, 300, 12),
                new("TX", "2025-09", 100, 12_000, 40),
                new("TX", "2025-10", 50, 345, 30),
                new(hostile ? Hostile : "FL", hostile ? Hostile : "2025-11", 1, 2, 1),
                new(UsageReport.National, "2025-10", 5, 9, 2),
            ]);

        public static DataQualityReport DataQuality(string period = Period, bool hostile = false, bool empty = false, bool zeros = false) =>
            empty ? new(period, [])
            : zeros ? new(period, [new("TX", 0, new(0, null, null, null), [new("Birth City", 0, 0)], new(0, 0, 0, 0, 0, []), 0)])
            : new(period, [
                new("CA", 900, new(400, 6, 20, 0.75), [new("Birth City", 450, 0.5), new("Sex", 900, 1)], new(10, 1, 1_000, 25, 0.025, [new("E104", 20), new("E201", 5)]), 3),
                new("TX", 12_345, new(5_000, 3, 12, 0.95), [new(hostile ? Hostile : "Birth City", 12_000, 12_000 / 12_345d), new("Parent 2 Last Name", 0, 0)],
                    new(40, 0, 20_000, 0, 0, [new(hostile ? Hostile : "E300", 1)]), 0),
            ]);
    }
}
