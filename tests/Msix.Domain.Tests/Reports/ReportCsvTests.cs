using System.Globalization;
using Msix.Domain.Reports;

namespace Msix.Domain.Tests.Reports;

/// <summary>Each report as CSV: a header, one row per number, invariant numbers, formulas neutralised.</summary>
public sealed class ReportCsvTests
{
    private static PeriodReports Known()
    {
        var builder = new ReportBuilder(new PerformancePeriod(2025));
        foreach (var record in KnownNation.Records())
        {
            builder.Add(record);
        }

        return builder.Build();
    }

    [Fact]
    public void The_unduplicated_counts_are_one_row_per_number()
    {
        var csv = Csv.Of(w => ReportCsv.WriteUnduplicatedCounts(Known().Unduplicated, w));

        Assert.Equal(
            """
            Period,Dimension,Value,Children
            2025-2026,Nation,All,10
            2025-2026,State,CA,2
            2025-2026,State,TX,9
            2025-2026,AgeBand,0-2,2
            2025-2026,AgeBand,3-5,0
            2025-2026,AgeBand,6-10,3
            2025-2026,AgeBand,11-13,2
            2025-2026,AgeBand,14-17,2
            2025-2026,AgeBand,18-21,0
            2025-2026,AgeBand,22+,1
            2025-2026,AgeBand,Unknown,0
            2025-2026,GradeLevel,P2,2
            2025-2026,GradeLevel,04,1
            2025-2026,GradeLevel,05,2
            2025-2026,GradeLevel,06,1
            2025-2026,GradeLevel,08,1
            2025-2026,GradeLevel,10,2
            2025-2026,GradeLevel,OS,1

            """.ReplaceLineEndings("\n"),
            csv);
    }

    [Fact]
    public void Child_counts_reconciliation_and_mobility_have_their_header_and_rows()
    {
        var reports = Known();

        Assert.Equal("Period,State,Category1,Category2\n2025-2026,CA,2,1\n2025-2026,TX,6,0\n", Csv.Of(w => ReportCsv.WriteChildCounts(reports.ChildCounts, w)));
        Assert.Equal(
            "Period,State,Category,MsixId\n2025-2026,CA,1,M-MOVER\n2025-2026,CA,1,M-SUMMER\n2025-2026,CA,2,M-SUMMER\n",
            Csv.Of(w => ReportCsv.WriteChildCountList(reports.ChildCounts, "CA", w)));
        Assert.Equal("Period,State,Category,MsixId\n", Csv.Of(w => ReportCsv.WriteChildCountList(reports.ChildCounts, "FL", w)));
        Assert.Equal("Period,StateA,StateB,Children\n2025-2026,CA,TX,1\n2025-2026,All,All,1\n", Csv.Of(w => ReportCsv.WriteReconciliation(reports.Reconciliation, w)));
        Assert.Equal("Period,FromState,ToState,Moves\n2025-2026,TX,CA,1\n", Csv.Of(w => ReportCsv.WriteMobility(reports.Mobility, w)));
    }

    [Fact]
    public void A_value_that_would_run_as_a_formula_is_neutralised_and_one_with_a_comma_quoted()
    {
        var matrix = new MobilityMatrix("2025-2026", [new Corridor("=HYPERLINK(\"x\")", "+1", 1234), new Corridor("@A", "-B,C", 2)]);

        Assert.Equal(
            "Period,FromState,ToState,Moves\n2025-2026,\"'=HYPERLINK(\"\"x\"\")\",'+1,1234\n2025-2026,'@A,\"'-B,C\",2\n",
            Csv.Of(w => ReportCsv.WriteMobility(matrix, w)));
    }

    [Fact]
    public void Numbers_are_written_the_same_whatever_the_current_culture()
    {
        var invariant = Csv.All(Known());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(invariant, Csv.All(Known()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
