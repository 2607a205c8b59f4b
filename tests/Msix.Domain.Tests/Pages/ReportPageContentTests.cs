using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Msix.Api.Pages.Reports;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Usage;
using static Msix.Domain.Tests.Pages.ReportPageTests;

namespace Msix.Domain.Tests.Pages;

/// <summary>What each report page shows: its charts, its tables, its definition, and what a State's page keeps.</summary>
public sealed class ReportPageContentTests
{
    [Fact]
    public void The_unduplicated_counts_page_shows_states_age_bands_and_grades()
    {
        var html = UnduplicatedCountsPage.Render(Samples.Unduplicated(), GeneratedAt);
        var rows = Rows(html);

        Assert.Contains("<title>MSIX Unduplicated counts 2025-2026</title>", html, StringComparison.Ordinal);
        Assert.Contains("Children in the nation|12,345", rows);
        Assert.Contains("Sum of the State counts|13,500", rows);
        Assert.Contains("Texas (TX)|8,000", rows);
        Assert.Contains("California (CA)|4,000", rows);
        Assert.Contains("6-10|10,300|83.4%", rows);
        Assert.Contains("Ninth grade (09)|5,000|40.5%", rows);
        var chart = XElement.Parse(Charts(html).Single());
        Assert.Equal(["TX: 8,000", "CA: 4,000", "FL: 1,500"], Titles(chart));
        Assert.Equal(2, Width(chart, 0) / Width(chart, 1), 6);
    }

    [Fact]
    public void A_state_unduplicated_page_shows_the_states_own_children_by_age_band_and_grade()
    {
        var html = UnduplicatedCountsPage.Render(Samples.Unduplicated(), GeneratedAt, "TX");
        var rows = Rows(html);

        Assert.Contains("Children in Texas (TX)|8,000", rows);
        Assert.Contains("Texas (TX)|8,000", rows);
        Assert.DoesNotContain("California", html, StringComparison.Ordinal);
        Assert.Equal(["TX: 8,000"], Titles(XElement.Parse(Charts(html).Single())));
        Assert.Contains("0-2|2,000|25.0%", rows);
        Assert.Contains("6-10|6,000|75.0%", rows);
        Assert.DoesNotContain("10,300", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(nation)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Children in the nation", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_child_counts_page_charts_both_categories_and_defines_them()
    {
        var html = ChildCountsPage.Render(Samples.ChildCounts(), GeneratedAt);
        var rows = Rows(html);

        Assert.Contains("aged 3 through 21 who resided in the State at least one day of the performance period, within 36 months of their qualifying arrival date", html, StringComparison.Ordinal);
        Assert.Contains("summer or intersession", html, StringComparison.Ordinal);
        var charts = Charts(html).Select(XElement.Parse).ToList();
        Assert.Equal(2, charts.Count);
        Assert.Equal(["TX: 12,345", "CA: 4,000", "FL: 10"], Titles(charts[0]));
        Assert.Equal(["TX: 3,000", "CA: 900", "FL: 0"], Titles(charts[1]));
        Assert.Contains("Texas (TX)|12,345|3,000|24.3%", rows);
        Assert.Contains("Sum of the States|16,355|3,900|23.8%", rows);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("TX")]
    [InlineData("CA")]
    public void The_child_counts_page_lists_no_msix_id(string? state)
    {
        var report = Samples.ChildCounts();

        var html = ChildCountsPage.Render(report, GeneratedAt, state);

        var ids = report.States.SelectMany(s => s.Category1MsixIds.Concat(s.Category2MsixIds)).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.DoesNotContain(id, html, StringComparison.Ordinal));
        Assert.DoesNotContain("MSIX-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reconciliation_page_charts_the_pairs()
    {
        var html = ReconciliationPage.Render(Samples.Reconciliation(), GeneratedAt);
        var rows = Rows(html);

        Assert.Contains("Children counted by two States or more|12,345", rows);
        Assert.Contains("California (CA)|Texas (TX)|10,000", rows);
        var chart = XElement.Parse(Charts(html).Single());
        Assert.Equal(["CA & TX: 10,000", "FL & TX: 2,000", "CA & FL: 500"], Titles(chart));
        Assert.Contains("CA &amp; TX", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reconciliation_page_draws_the_busiest_pairs_and_lists_them_all()
    {
        var pairs = Enumerable.Range(1, 30).Select(i => new StatePairCount("S" + i.ToString("00", CultureInfo.InvariantCulture), "ZZ", i)).ToList();

        var html = ReconciliationPage.Render(new Reconciliation("2025-2026", 40, pairs), GeneratedAt);

        Assert.Equal(ReconciliationPage.ChartedPairs, XElement.Parse(Charts(html).Single()).Descendants("rect").Count());
        Assert.Equal(30, Rows(html).Count(r => Regex.IsMatch(r, "^S\\d\\d\\|ZZ\\|\\d+$")));
        Assert.Contains("the table lists all 30", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_reconciliation_page_keeps_the_pairs_of_its_state()
    {
        var html = ReconciliationPage.Render(Samples.Reconciliation(), GeneratedAt, "FL");

        Assert.Equal(["FL & TX: 2,000", "CA & FL: 500"], Titles(XElement.Parse(Charts(html).Single())));
        Assert.DoesNotContain("10,000", html, StringComparison.Ordinal);
        Assert.Contains("Children of Florida (FL) counted by another State too|2,450", Rows(html));
        Assert.DoesNotContain("12,345", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mobility_page_draws_the_flows_and_tables_them()
    {
        var html = MobilityPage.Render(Samples.Mobility(), GeneratedAt);
        var rows = Rows(html);

        var chart = XElement.Parse(Charts(html).Single());
        Assert.Equal(
            ["TX \u2192 CA: 12,345 moves", "CA \u2192 TX: 5,000 moves", "FL \u2192 GA: 700 moves", "GA \u2192 FL: 3 moves"],
            chart.Descendants("path").Select(p => p.Element("title")?.Value));
        Assert.Contains("1|Texas (TX)|California (CA)|12,345|68.4%", rows);
        Assert.Contains("Interstate moves|18,048", rows);
        Assert.Contains("Texas (TX)|12,345|5,000|&#x2212;7,345", rows);
        Assert.Contains("California (CA)|5,000|12,345|+7,345", rows);
        Assert.Contains("Georgia (GA)|3|700|+697", rows);
    }

    [Fact]
    public void The_mobility_page_draws_twenty_corridors_and_lists_fifty()
    {
        var moves = Enumerable.Range(1, 60).Select(i => new Corridor("S" + i.ToString("00", CultureInfo.InvariantCulture), "ZZ", i)).ToList();

        var html = MobilityPage.Render(new MobilityMatrix("2025-2026", moves), GeneratedAt);

        var chart = XElement.Parse(Charts(html).Single());
        Assert.Equal(MobilityPage.ChartedCorridors, chart.Descendants("path").Count());
        Assert.Contains(chart.Descendants("text"), t => t.Value == "40 more corridors (820 moves) not drawn.");
        Assert.Contains(Rows(html), r => r.StartsWith("50|S11|ZZ|11|", StringComparison.Ordinal));
        Assert.DoesNotContain(Rows(html), r => r.StartsWith("51|", StringComparison.Ordinal));
        Assert.Contains("10 more corridors with 55 moves are not listed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_mobility_page_keeps_its_corridors_and_partners()
    {
        var html = MobilityPage.Render(Samples.Mobility(), GeneratedAt, "CA");
        var rows = Rows(html);

        Assert.Equal(2, XElement.Parse(Charts(html).Single()).Descendants("path").Count());
        Assert.Contains("Moves out of California (CA)|5,000", rows);
        Assert.Contains("Moves into California (CA)|12,345", rows);
        Assert.Contains("Texas (TX)|5,000|12,345|+7,345", rows);
        Assert.DoesNotContain("Georgia", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_page_charts_record_views_by_state_and_month()
    {
        var html = UsagePage.Render(Samples.Usage(), GeneratedAt);
        var rows = Rows(html);

        var charts = Charts(html).Select(XElement.Parse).ToList();
        Assert.Equal(["TX: 12,345", "CA: 300", "National: 9", "FL: 2"], Titles(charts[0]));
        Assert.Equal(["2025-09: 12,000", "2025-10: 654", "2025-11: 2"], Titles(charts[1]));
        Assert.Contains("Texas (TX)|150|12,345", rows);
        Assert.Contains("National (federal staff, system administrators)|5|9", rows);
        Assert.Contains("2025-10|95|654|44", rows);
        Assert.Contains("States using the exchange|3", rows);
        Assert.Contains("Searches|196", rows);
    }

    [Fact]
    public void A_state_usage_page_keeps_its_users()
    {
        var html = UsagePage.Render(Samples.Usage(), GeneratedAt, "TX");

        Assert.Equal(["TX: 12,345"], Titles(XElement.Parse(Charts(html)[0])));
        Assert.Contains("2025-10|50|345|30", Rows(html));
        Assert.DoesNotContain("California", html, StringComparison.Ordinal);
        Assert.DoesNotContain("National (", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_quality_page_shows_each_state()
    {
        var html = DataQualityPage.Render(Samples.DataQuality(), GeneratedAt);
        var rows = Rows(html);

        Assert.Contains("California (CA)|900|6|75.0%|2.5%|3", rows);
        Assert.Contains("Texas (TX)|12,345|3|95.0%|0.0%|0", rows);
        Assert.Contains("90th percentile of days to arrive|20", rows);
        Assert.Contains("Child records rejected|25", rows);
        Assert.Contains("E104|20", rows);
        Assert.Contains("Birth City|12,000|97.2%", rows);
        var charts = Charts(html).Select(XElement.Parse).ToList();
        Assert.Equal(3, charts.Count);
        Assert.Equal(["CA: 3", "TX: 0"], Titles(charts[0]));
        Assert.Equal(["50.0%", "100.0%"], charts[1].Descendants("text").Where(t => (string?)t.Attribute("class") == "value").Select(t => t.Value));
        Assert.Equal("Completeness of Texas (TX) records, 2025-2026", charts[2].Element("title")?.Value);
    }

    [Fact]
    public void A_data_quality_page_without_measures_shows_dashes()
    {
        var html = DataQualityPage.Render(Samples.DataQuality(zeros: true), GeneratedAt, "TX");
        var rows = Rows(html);

        Assert.Contains("Median days to arrive|&#x2014;", rows);
        Assert.Contains("Arrived within 14 days|&#x2014;", rows);
        Assert.Contains("No error in the State&#x27;s submissions in the period.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_for_a_state_without_data_says_so()
    {
        var html = ChildCountsPage.Render(Samples.ChildCounts(), GeneratedAt, "WY");

        Assert.Contains("scope: Wyoming (WY)", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, ">No data</text>"));
        Assert.Contains("The State counts no Category 1 child in the period.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_keeps_the_national_row_on_the_national_page_only()
    {
        var report = new UsageReport("2025-2026", [new(UsageReport.National, "2025-09", 1, 2, 1)]);

        Assert.Contains("National: 2", Titles(XElement.Parse(Charts(UsagePage.Render(report, GeneratedAt))[0])));
        Assert.Contains(">No data</text>", UsagePage.Render(report, GeneratedAt, "TX"), StringComparison.Ordinal);
    }

    /// <summary>The titles of a chart's bars ("TX: 8,000").</summary>
    private static List<string> Titles(XElement chart) => [.. chart.Elements("g").Select(g => g.Element("title")?.Value ?? "")];

    private static double Width(XElement chart, int bar) =>
        double.Parse((string)chart.Descendants("rect").Where(r => (string?)r.Attribute("class") == "bar").ElementAt(bar).Attribute("width")!, CultureInfo.InvariantCulture);
}
