using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Reports;

/// <summary>How the national reports are computed (section <c>Msix:Reports</c>).</summary>
public sealed class ReportOptions
{
    public const string Section = "Msix:Reports";

    /// <summary>
    /// When the timer function computes the reports, as an NCRONTAB expression with seconds (the Functions timer
    /// reads <c>%Msix:Reports:Schedule%</c>). Every day at 06:00 UTC by default.
    /// </summary>
    [Required]
    public string Schedule { get; set; } = "0 0 6 * * *";

    /// <summary>Earlier periods computed again with the current one, since States send late records (1 by default).</summary>
    [Range(0, 10)]
    public int EarlierPeriods { get; set; } = 1;

    /// <summary>MSIX IDs per stored page of a child count's list of children.</summary>
    [Range(100, 50_000)]
    public int ChildListPageSize { get; set; } = 10_000;
}
