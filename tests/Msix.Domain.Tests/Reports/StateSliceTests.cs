using Msix.Domain.Reports;

namespace Msix.Domain.Tests.Reports;

/// <summary>The reports as one State sees them, over <see cref="KnownNation"/> (its truth is in its comments).</summary>
public sealed class StateSliceTests
{
    private static PeriodReports Nation()
    {
        var builder = new ReportBuilder(new PerformancePeriod(2025));
        foreach (var record in KnownNation.Records())
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    [Fact]
    public void A_State_counts_its_own_children_by_age_band_and_by_the_grade_of_their_latest_enrolment_in_the_State()
    {
        var california = Nation().ForState("CA").Unduplicated;

        // The mover (13, grade 8 in CA) and the summer-school child (11, grade 6).
        Assert.Equal(2, california.Nation);
        Assert.Equal([new StateCount("CA", 2)], california.ByState);
        Assert.Equal([("0-2", 0), ("3-5", 0), ("6-10", 0), ("11-13", 2), ("14-17", 0), ("18-21", 0), ("22+", 0), ("Unknown", 0)], california.ByAgeBand.Select(b => (b.Band, b.Children)));
        Assert.Equal([("06", 1), ("08", 1)], california.ByGradeLevel.Select(g => (g.GradeLevel, g.Children)));
    }

    [Fact]
    public void Texas_sees_its_nine_children_in_their_bands()
    {
        var texas = Nation().ForState("TX").Unduplicated;

        // Two under 3, the twins (10) and the withdrawn child (9), the mover (13), the two aged 15, and the one aged 22.
        Assert.Equal(9, texas.Nation);
        Assert.Equal([("0-2", 2), ("3-5", 0), ("6-10", 3), ("11-13", 1), ("14-17", 2), ("18-21", 0), ("22+", 1), ("Unknown", 0)], texas.ByAgeBand.Select(b => (b.Band, b.Children)));
        Assert.Equal(9, texas.ByGradeLevel.Sum(g => g.Children));
    }

    [Fact]
    public void A_State_with_no_children_sees_zeros_not_the_nation()
    {
        var slice = Nation().ForState("NM");

        Assert.Equal(0, slice.Unduplicated.Nation);
        Assert.Empty(slice.Unduplicated.ByState);
        Assert.All(slice.Unduplicated.ByAgeBand, b => Assert.Equal(0, b.Children));
        Assert.Empty(slice.ChildCounts.States);
        Assert.Equal(0, slice.Reconciliation.Children);
        Assert.Empty(slice.Reconciliation.Pairs);
        Assert.Empty(slice.Mobility.Moves);
        Assert.Empty(slice.DataQuality.States);
    }

    [Fact]
    public void A_State_sees_its_own_child_count_and_the_pairs_and_corridors_it_is_part_of()
    {
        var california = Nation().ForState("CA");

        Assert.Equal("CA", Assert.Single(california.ChildCounts.States).State);
        Assert.Equal(1, california.Reconciliation.Children);
        Assert.Equal([new StatePairCount("CA", "TX", 1)], california.Reconciliation.Pairs);
        Assert.Equal([new Corridor("TX", "CA", 1)], california.Mobility.Moves);
        Assert.Equal("CA", Assert.Single(california.DataQuality.States).State);
    }

    [Fact]
    public void Reconciliation_counts_per_State_the_children_another_State_counts_too()
    {
        var reconciliation = Nation().Reconciliation;

        Assert.Equal([new StateCount("CA", 1), new StateCount("TX", 1)], reconciliation.States);
    }

    [Fact]
    public void Every_report_has_a_name()
    {
        var reports = Nation();

        Assert.Equal(
            [typeof(UnduplicatedCounts), typeof(ChildCounts), typeof(Reconciliation), typeof(MobilityMatrix), typeof(Domain.Reports.Usage.UsageReport), typeof(Domain.Reports.Quality.DataQualityReport)],
            ReportNames.All.Select(name => reports.Named(name).GetType()));
        Assert.Throws<ArgumentOutOfRangeException>(() => reports.Named("everything"));
    }

    [Theory]
    [InlineData("2025-2026", 2025)]
    [InlineData("2025", 2025)]
    [InlineData(" 1999-2000 ", 1999)]
    public void A_period_is_read_from_its_label_or_its_start_year(string text, int startYear)
    {
        Assert.True(PerformancePeriod.TryParse(text, out var period));
        Assert.Equal(startYear, period.StartYear);
    }

    [Theory]
    [InlineData("2025-2027")]
    [InlineData("25-26")]
    [InlineData("2025/2026")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("-2025")]
    public void Anything_else_is_not_a_period(string? text)
    {
        Assert.False(PerformancePeriod.TryParse(text, out _));
    }
}
