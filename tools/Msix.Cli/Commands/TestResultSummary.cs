using System.Xml.Linq;

namespace Msix.Cli.Commands;

/// <summary>The counts of one test run, read from its TRX file.</summary>
internal sealed record TestResultSummary(int Total, int Passed, int Failed, int Skipped)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static TestResultSummary Read(string trxPath)
    {
        var counters = XDocument.Load(trxPath).Descendants(Trx + "Counters").Single();
        int Count(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var total = Count("total");
        var passed = Count("passed");
        var failed = Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        return new TestResultSummary(total, passed, failed, total - passed - failed);
    }
}
