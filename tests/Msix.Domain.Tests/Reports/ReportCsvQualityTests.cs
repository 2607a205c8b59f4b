using System.Globalization;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Reports.Usage;
using static Msix.Domain.Tests.Reports.QualityRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>The usage and data-quality reports as CSV: a header, one row per number, invariant numbers.</summary>
public sealed class ReportCsvQualityTests
{
    private static readonly UsageReport Usage = new(
        "2025-2026",
        [new StateMonthUsage("TX", "2025-09", 1234, 56, 7), new StateMonthUsage(UsageReport.National, "2026-01", 0, 3, 1)]);

    private static readonly DataQualityReport Quality = new(
        "2025-2026",
        [
            new StateDataQuality(
                "CA",
                0,
                new SubmissionTimeliness(0, null, null, null),
                [new ElementCompleteness("Middle Name", 0, 0), new ElementCompleteness("Birth City", 0, 0)],
                new SubmissionOutcomes(1, 1, 0, 0, 0, [new ErrorCodeCount("=FILE", 1)]),
                2),
            new StateDataQuality(
                "TX",
                3,
                new SubmissionTimeliness(1500, 4, 31, 2.0 / 3),
                [new ElementCompleteness("Middle Name", 1, 1.0 / 3), new ElementCompleteness("Birth City", 3, 1)],
                new SubmissionOutcomes(12, 2, 3_000_000_000, 264_705_882, 264_705_882.0 / 3_000_000_000, [new ErrorCodeCount("INVALID_CODE", 14), new ErrorCodeCount("INVALID_DATE", 3)]),
                0),
        ]);

    [Fact]
    public void Usage_is_one_row_per_State_and_month()
    {
        Assert.Equal(
            "Period,State,Month,Searches,RecordViews,DistinctUsers\n2025-2026,TX,2025-09,1234,56,7\n2025-2026,national,2026-01,0,3,1\n",
            Csv.Of(w => ReportCsv.WriteUsage(Usage, w)));
    }

    [Fact]
    public void Data_quality_is_one_row_per_measure_shares_with_four_decimals_and_no_value_empty()
    {
        // TX: 2/3 = 0.6667; 1/3 = 0.3333; 264 705 882 / 3 000 000 000 = 0.0882352... = 0.0882. A code that would run as
        // a formula is neutralised.
        Assert.Equal(
            """
            Period,State,Measure,Item,Value
            2025-2026,CA,Records,,0
            2025-2026,CA,Timeliness,Enrollments,0
            2025-2026,CA,Timeliness,MedianDays,
            2025-2026,CA,Timeliness,Percentile90Days,
            2025-2026,CA,Timeliness,WithinFourteenDays,
            2025-2026,CA,Completeness,Middle Name,0.0000
            2025-2026,CA,Completeness,Birth City,0.0000
            2025-2026,CA,Submissions,Submissions,1
            2025-2026,CA,Submissions,SubmissionsRejected,1
            2025-2026,CA,Submissions,ChildrenReceived,0
            2025-2026,CA,Submissions,ChildrenRejected,0
            2025-2026,CA,Submissions,RejectionRate,0.0000
            2025-2026,CA,ErrorCode,'=FILE,1
            2025-2026,CA,OpenNearMatches,,2
            2025-2026,TX,Records,,3
            2025-2026,TX,Timeliness,Enrollments,1500
            2025-2026,TX,Timeliness,MedianDays,4
            2025-2026,TX,Timeliness,Percentile90Days,31
            2025-2026,TX,Timeliness,WithinFourteenDays,0.6667
            2025-2026,TX,Completeness,Middle Name,0.3333
            2025-2026,TX,Completeness,Birth City,1.0000
            2025-2026,TX,Submissions,Submissions,12
            2025-2026,TX,Submissions,SubmissionsRejected,2
            2025-2026,TX,Submissions,ChildrenReceived,3000000000
            2025-2026,TX,Submissions,ChildrenRejected,264705882
            2025-2026,TX,Submissions,RejectionRate,0.0882
            2025-2026,TX,ErrorCode,INVALID_CODE,14
            2025-2026,TX,ErrorCode,INVALID_DATE,3
            2025-2026,TX,OpenNearMatches,,0

            """.ReplaceLineEndings("\n"),
            Csv.Of(w => ReportCsv.WriteDataQuality(Quality, w)));
    }

    [Fact]
    public void A_built_report_lists_every_element_of_each_State()
    {
        var accumulator = new DataQualityAccumulator(new PerformancePeriod(2025));
        accumulator.Add(ReportRecords.Record("M-1", Contribution("TX", "T1")));
        accumulator.AddOpenNearMatch(NearMatch("nm-1", "TX", NearMatchStatus.Open));

        var rows = Csv.Of(w => ReportCsv.WriteDataQuality(accumulator.Build(), w)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Header; then Records, 4 timeliness, 20 completeness, 5 submission rows, no error code, OpenNearMatches.
        Assert.Equal(1 + 1 + 4 + 20 + 5 + 1, rows.Length);
        Assert.Contains("2025-2026,TX,Completeness,Parent 2 Last Name,1.0000", rows);
        Assert.Contains("2025-2026,TX,Completeness,Middle Name,0.0000", rows);
        Assert.Equal("2025-2026,TX,OpenNearMatches,,1", rows[^1]);
    }

    [Fact]
    public void Numbers_are_written_the_same_whatever_the_current_culture()
    {
        var invariant = Csv.Of(w => ReportCsv.WriteUsage(Usage, w)) + Csv.Of(w => ReportCsv.WriteDataQuality(Quality, w));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "fr-FR", "ar-SA", "de-CH" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                Assert.Equal(invariant, Csv.Of(w => ReportCsv.WriteUsage(Usage, w)) + Csv.Of(w => ReportCsv.WriteDataQuality(Quality, w)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
