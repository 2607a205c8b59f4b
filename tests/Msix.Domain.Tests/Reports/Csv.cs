using Msix.Domain.Reports;

namespace Msix.Domain.Tests.Reports;

/// <summary>The CSV of reports, as strings, for comparing runs.</summary>
internal static class Csv
{
    public static string Of(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    public static string All(PeriodReports reports) => string.Concat(
        Of(w => ReportCsv.WriteUnduplicatedCounts(reports.Unduplicated, w)),
        Of(w => ReportCsv.WriteChildCounts(reports.ChildCounts, w)),
        string.Concat(reports.ChildCounts.States.Select(s => Of(w => ReportCsv.WriteChildCountList(reports.ChildCounts, s.State, w)))),
        Of(w => ReportCsv.WriteReconciliation(reports.Reconciliation, w)),
        Of(w => ReportCsv.WriteMobility(reports.Mobility, w)));
}
