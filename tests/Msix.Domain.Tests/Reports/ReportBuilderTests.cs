using Msix.Domain.Consolidation;
using Msix.Domain.Reports;
using static Msix.Domain.Tests.Reports.ReportRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>Every number of the 2025-2026 reports over <see cref="KnownNation"/>, against the truth worked out by hand.</summary>
public sealed class ReportBuilderTests
{
    private static readonly PerformancePeriod Period = new(2025);

    private static PeriodReports Compute(IEnumerable<ConsolidatedRecord> records, PerformancePeriod? period = null)
    {
        var builder = new ReportBuilder(period ?? Period);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    [Fact]
    public void Each_child_enrolled_in_the_period_counts_once_in_the_nation_and_once_in_each_State_it_was_in()
    {
        var counts = Compute(KnownNation.Records()).Unduplicated;

        Assert.Equal("2025-2026", counts.Period);
        Assert.Equal(10, counts.Nation);
        Assert.Equal([new StateCount("CA", 2), new StateCount("TX", 9)], counts.ByState);
    }

    [Fact]
    public void Children_count_in_the_band_of_their_age_on_1_September_and_the_grade_of_their_latest_enrolment()
    {
        var counts = Compute(KnownNation.Records()).Unduplicated;

        Assert.Equal(
            [("0-2", 2), ("3-5", 0), ("6-10", 3), ("11-13", 2), ("14-17", 2), ("18-21", 0), ("22+", 1), ("Unknown", 0)],
            counts.ByAgeBand.Select(b => (b.Band, b.Children)));
        Assert.Equal(
            [("P2", 2), ("04", 1), ("05", 2), ("06", 1), ("08", 1), ("10", 2), ("OS", 1)],
            counts.ByGradeLevel.Select(g => (g.GradeLevel, g.Children)));
    }

    [Fact]
    public void Category_1_holds_the_eligible_children_aged_3_through_21_and_category_2_those_in_a_summer_project()
    {
        var states = Compute(KnownNation.Records()).ChildCounts.States;

        Assert.Equal(["CA", "TX"], states.Select(s => s.State));
        var california = states[0];
        Assert.Equal((2, 1), (california.Category1, california.Category2));
        Assert.Equal(["M-MOVER", "M-SUMMER"], california.Category1MsixIds);
        Assert.Equal(["M-SUMMER"], california.Category2MsixIds);

        var texas = states[1];
        Assert.Equal((6, 0), (texas.Category1, texas.Category2));
        Assert.Equal(["M-MOVER", "M-QAD-LASTDAY", "M-TURNS3", "M-TWIN1", "M-TWIN2", "M-WITHDRAWN"], texas.Category1MsixIds);
        Assert.Empty(texas.Category2MsixIds);
    }

    [Fact]
    public void A_child_counted_by_two_States_appears_in_the_reconciliation_once_with_its_pair()
    {
        var reconciliation = Compute(KnownNation.Records()).Reconciliation;

        Assert.Equal(1, reconciliation.Children);
        Assert.Equal([new StatePairCount("CA", "TX", 1)], reconciliation.Pairs);
    }

    [Fact]
    public void The_move_from_Texas_to_California_is_the_only_cell_of_the_mobility_matrix()
    {
        var mobility = Compute(KnownNation.Records()).Mobility;

        Assert.Equal([new Corridor("TX", "CA", 1)], mobility.Moves);
        Assert.Equal(1, mobility["TX", "CA"]);
        Assert.Equal(0, mobility["CA", "TX"]);
        Assert.Equal(1, mobility.Total);
    }

    [Fact]
    public void A_qualifying_arrival_date_36_months_back_is_eligible_through_the_day_before_the_anniversary()
    {
        // 2022-09-01 + 36 months = 2025-09-01: eligible on 2025-08-31, the last day of 2024-2025.
        var earlier = Compute(KnownNation.Records(), new PerformancePeriod(2024)).ChildCounts.States.Single(s => s.State == "TX");
        var later = Compute(KnownNation.Records()).ChildCounts.States.Single(s => s.State == "TX");

        Assert.Contains("M-QAD-EXPIRED", earlier.Category1MsixIds);
        Assert.DoesNotContain("M-QAD-EXPIRED", later.Category1MsixIds);
        Assert.Contains("M-QAD-LASTDAY", later.Category1MsixIds);
    }

    [Fact]
    public void Eligibility_and_age_must_hold_on_a_day_the_child_resides_in_the_State()
    {
        // Turns 3 on 2026-06-01, withdrawn the day before; arrived 2023-06-01, eligible until 2026-05-31 but only 2 then.
        var withdrawnBeforeThird = Record(
            "M-GONE",
            Contribution("TX", "T1", new DateOnly(2023, 6, 1), [Enrolled(new DateOnly(2025, 9, 1), new DateOnly(2026, 5, 31))], [new DateOnly(2023, 6, 1)]));

        // Eligible through 2025-09-30, enrolled only from 2025-10-01.
        var enrolledAfterExpiry = Record(
            "M-LATE",
            Contribution("TX", "T2", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 10, 1))], [new DateOnly(2022, 10, 1)]));

        var reports = Compute([withdrawnBeforeThird, enrolledAfterExpiry]);

        Assert.Equal(2, reports.Unduplicated.Nation);
        Assert.Empty(reports.ChildCounts.States);
    }

    [Fact]
    public void A_qualifying_arrival_reported_by_another_State_does_not_make_a_child_eligible_in_this_one()
    {
        var record = Record(
            "M-NOQAD",
            Contribution("TX", "T1", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 19))], [new DateOnly(2025, 8, 1)]),
            Contribution("NM", "N1", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2026, 1, 5))], []));

        var reports = Compute([record]);

        Assert.Equal(["TX"], reports.ChildCounts.States.Select(s => s.State));
        Assert.Equal([new Corridor("TX", "NM", 1)], reports.Mobility.Moves);
        Assert.Equal(0, reports.Reconciliation.Children);
    }

    [Fact]
    public void Withdrawn_contributions_and_alias_records_are_not_read()
    {
        var reports = Compute(KnownNation.Records());

        Assert.DoesNotContain(reports.Unduplicated.ByState, s => s.State == "FL");
        Assert.DoesNotContain(reports.ChildCounts.States, s => s.State == "FL");
        Assert.DoesNotContain(reports.Mobility.Moves, m => m.ToState == "FL");
        Assert.DoesNotContain("M-ALIAS", reports.ChildCounts.States.SelectMany(s => s.Category1MsixIds));

        var onlyWithdrawn = Record("M-GONE", Contribution("FL", "F1", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 9, 1))], [new DateOnly(2025, 8, 1)], withdrawn: true));
        Assert.Equal(0, Compute([onlyWithdrawn]).Unduplicated.Nation);
    }

    [Fact]
    public void Moves_are_counted_in_the_period_of_the_later_enrolment_and_a_return_is_a_move_too()
    {
        var record = Record(
            "M-ROUND",
            Contribution("TX", "T1", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 3, 3)), Enrolled(new DateOnly(2026, 4, 6))], [new DateOnly(2025, 3, 1)]),
            Contribution("CA", "C1", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 8, 4)), Enrolled(new DateOnly(2025, 11, 3))], [new DateOnly(2025, 8, 1)]));

        var now = Compute([record]).Mobility;
        var before = Compute([record], new PerformancePeriod(2024)).Mobility;

        // 2025-03-03 TX, 2025-08-04 CA (2024-2025), 2025-11-03 CA (no move), 2026-04-06 TX (2025-2026).
        Assert.Equal([new Corridor("CA", "TX", 1)], now.Moves);
        Assert.Equal([new Corridor("TX", "CA", 1)], before.Moves);
    }

    [Fact]
    public void A_rerun_in_any_order_gives_the_same_reports()
    {
        var records = KnownNation.Records();
        var first = Csv.All(Compute(records));
        var reversed = Csv.All(Compute(records.Reverse()));
        var again = Csv.All(Compute(KnownNation.Records()));

        Assert.Equal(first, reversed);
        Assert.Equal(first, again);
    }
}
