namespace Msix.Domain.Reports.Usage;

/// <summary>
/// Use of the consolidated record in one performance period, per State and month, from the audit trail: where
/// the exchange is used and where it is not. Each audited event counts once (from its user's chain).
/// </summary>
/// <param name="Period">"2025-2026".</param>
/// <param name="Months">Every State and month with at least one search or record view, by State (ordinal) then month.</param>
public sealed record UsageReport(string Period, IReadOnlyList<StateMonthUsage> Months)
{
    /// <summary>The State of callers who act for no State (federal staff, system administrators).</summary>
    public const string National = "national";
}

/// <summary>One State's use of the exchange in one month.</summary>
/// <param name="State">The callers' State, or <see cref="UsageReport.National"/>.</param>
/// <param name="Month">"2026-01".</param>
/// <param name="Searches">Searches made.</param>
/// <param name="RecordViews">Consolidated records read (JSON or printed).</param>
/// <param name="DistinctUsers">Different users who searched or read a record.</param>
public sealed record StateMonthUsage(string State, string Month, int Searches, int RecordViews, int DistinctUsers);
