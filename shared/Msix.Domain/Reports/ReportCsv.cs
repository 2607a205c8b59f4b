using System.Globalization;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Reports.Usage;
using Msix.Domain.Submissions.Csv;

namespace Msix.Domain.Reports;

/// <summary>
/// Writes each report as CSV: a header row, then one row per number, in the report's order. Numbers are written
/// in the invariant culture; every cell is neutralised (a value starting with = + - @ is not run as a formula) and
/// quoted as RFC 4180 asks, as the receipts' CSV is (<see cref="CsvText"/>). The caller owns the writer and its
/// encoding and line ending.
/// </summary>
public static class ReportCsv
{
    /// <summary>Period,Dimension,Value,Children: one Nation row, then State, AgeBand and GradeLevel rows.</summary>
    public static void WriteUnduplicatedCounts(UnduplicatedCounts report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "Dimension", "Value", "Children");
        Row(writer, report.Period, "Nation", "All", Number(report.Nation));
        foreach (var s in report.ByState)
        {
            Row(writer, report.Period, "State", s.State, Number(s.Children));
        }

        foreach (var b in report.ByAgeBand)
        {
            Row(writer, report.Period, "AgeBand", b.Band, Number(b.Children));
        }

        foreach (var g in report.ByGradeLevel)
        {
            Row(writer, report.Period, "GradeLevel", g.GradeLevel, Number(g.Children));
        }
    }

    /// <summary>Period,State,Category1,Category2: one row per State.</summary>
    public static void WriteChildCounts(ChildCounts report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "State", "Category1", "Category2");
        foreach (var s in report.States)
        {
            Row(writer, report.Period, s.State, Number(s.Category1), Number(s.Category2));
        }
    }

    /// <summary>Period,State,Category,MsixId: the children behind one State's numbers, for that State's administrators.</summary>
    public static void WriteChildCountList(ChildCounts report, string state, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "State", "Category", "MsixId");
        var counts = report.States.FirstOrDefault(s => string.Equals(s.State, state, StringComparison.Ordinal));
        if (counts is null)
        {
            return;
        }

        foreach (var id in counts.Category1MsixIds)
        {
            Row(writer, report.Period, counts.State, "1", id);
        }

        foreach (var id in counts.Category2MsixIds)
        {
            Row(writer, report.Period, counts.State, "2", id);
        }
    }

    /// <summary>Period,StateA,StateB,Children: one row per pair; a last row with both States "All" gives the distinct children.</summary>
    public static void WriteReconciliation(Reconciliation report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "StateA", "StateB", "Children");
        foreach (var p in report.Pairs)
        {
            Row(writer, report.Period, p.StateA, p.StateB, Number(p.Children));
        }

        Row(writer, report.Period, "All", "All", Number(report.Children));
    }

    /// <summary>Period,FromState,ToState,Moves: one row per non-empty cell of the matrix, busiest corridor first.</summary>
    public static void WriteMobility(MobilityMatrix report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "FromState", "ToState", "Moves");
        foreach (var m in report.Moves)
        {
            Row(writer, report.Period, m.FromState, m.ToState, Number(m.Moves));
        }
    }

    /// <summary>Period,State,Month,Searches,RecordViews,DistinctUsers: one row per State and month.</summary>
    public static void WriteUsage(UsageReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "State", "Month", "Searches", "RecordViews", "DistinctUsers");
        foreach (var m in report.Months)
        {
            Row(writer, report.Period, m.State, m.Month, Number(m.Searches), Number(m.RecordViews), Number(m.DistinctUsers));
        }
    }

    /// <summary>
    /// Period,State,Measure,Item,Value, per State: a Records row; Timeliness rows (Enrollments, MedianDays,
    /// Percentile90Days, WithinFourteenDays); a Completeness row per element (the share); Submissions rows
    /// (Submissions, SubmissionsRejected, ChildrenReceived, ChildrenRejected, RejectionRate); an ErrorCode row per
    /// code (the errors); an OpenNearMatches row. Shares have four decimals; a value that has none (no enrolment
    /// measured) is empty.
    /// </summary>
    public static void WriteDataQuality(DataQualityReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, "Period", "State", "Measure", "Item", "Value");
        foreach (var s in report.States)
        {
            Row(writer, report.Period, s.State, "Records", "", Number(s.Records));
            Row(writer, report.Period, s.State, "Timeliness", "Enrollments", Number(s.Timeliness.Enrollments));
            Row(writer, report.Period, s.State, "Timeliness", "MedianDays", Number(s.Timeliness.MedianDays));
            Row(writer, report.Period, s.State, "Timeliness", "Percentile90Days", Number(s.Timeliness.Percentile90Days));
            Row(writer, report.Period, s.State, "Timeliness", "WithinFourteenDays", Share(s.Timeliness.WithinFourteenDays));
            foreach (var c in s.Completeness)
            {
                Row(writer, report.Period, s.State, "Completeness", c.Element, Share(c.Share));
            }

            Row(writer, report.Period, s.State, "Submissions", "Submissions", Number(s.Submissions.Submissions));
            Row(writer, report.Period, s.State, "Submissions", "SubmissionsRejected", Number(s.Submissions.SubmissionsRejected));
            Row(writer, report.Period, s.State, "Submissions", "ChildrenReceived", Number(s.Submissions.ChildrenReceived));
            Row(writer, report.Period, s.State, "Submissions", "ChildrenRejected", Number(s.Submissions.ChildrenRejected));
            Row(writer, report.Period, s.State, "Submissions", "RejectionRate", Share(s.Submissions.RejectionRate));
            foreach (var e in s.Submissions.TopErrorCodes)
            {
                Row(writer, report.Period, s.State, "ErrorCode", e.Code, Number(e.Errors));
            }

            Row(writer, report.Period, s.State, "OpenNearMatches", "", Number(s.OpenNearMatches));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int? value) => value is { } v ? Number(v) : "";

    private static string Share(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";

    private static void Row(TextWriter writer, params string?[] cells) =>
        writer.WriteLine(string.Join(",", cells.Select(cell => CsvText.Quote(CsvText.Neutralize(cell)))));
}
