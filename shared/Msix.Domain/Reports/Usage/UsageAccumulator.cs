using System.Globalization;
using Msix.Domain.Audit;

namespace Msix.Domain.Reports.Usage;

/// <summary>
/// Counts the use of the exchange in one performance period (<see cref="UsageReport"/>) from the audit trail,
/// fed one entry at a time in any order. Keeps, per State and month, two counters and the ids of the users seen
/// (bounded by the users, not the entries); no entry.
/// </summary>
/// <remarks>
/// An event is appended to its user's chain and to the chain of each child concerned: only the entries of user
/// chains are read, so each event counts once. A search is <c>SearchStudents</c>; a record view is
/// <c>GetStudent</c> (the record as JSON) or <c>GetStudentPage</c> (the printable page), the operation names the
/// API records. Identity work and anything else is not counted. A read through a merged MSIX ID is recorded
/// twice, the second time for the surviving MSIX ID with a detail starting "read through merged MSIX ID": that
/// second entry is not counted, so one read is one view. The month is that of the entry's time in UTC; entries
/// outside the period are skipped.
/// </remarks>
public sealed class UsageAccumulator(PerformancePeriod period)
{
    /// <summary>The operation the API records for a search (<c>GET /api/students?…</c>).</summary>
    public const string SearchOperation = "SearchStudents";

    /// <summary>The operation the API records for a read of a child's record as JSON.</summary>
    public const string RecordOperation = "GetStudent";

    /// <summary>The operation the API records for a read of a child's record as a printable page.</summary>
    public const string RecordPageOperation = "GetStudentPage";

    /// <summary>How the detail of the second entry of a read through a merged MSIX ID starts.</summary>
    public const string MergedReadDetail = "read through merged MSIX ID";

    private readonly PerformancePeriod _period = period ?? throw new ArgumentNullException(nameof(period));
    private readonly Dictionary<(string State, string Month), MonthCounts> _months = [];

    /// <summary>Counts <paramref name="entry"/> when it is a search or a record view in the period, from a user's chain.</summary>
    public void Add(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!AuditChain.TryParse(entry.Chain, out var chain) || chain!.IsStudent)
        {
            return;
        }

        var search = string.Equals(entry.Operation, SearchOperation, StringComparison.Ordinal);
        var view = !search
            && (string.Equals(entry.Operation, RecordOperation, StringComparison.Ordinal) || string.Equals(entry.Operation, RecordPageOperation, StringComparison.Ordinal))
            && !(entry.Detail?.StartsWith(MergedReadDetail, StringComparison.Ordinal) ?? false);
        if (!search && !view)
        {
            return;
        }

        var at = entry.At.UtcDateTime;
        if (!_period.Contains(DateOnly.FromDateTime(at)))
        {
            return;
        }

        var state = string.IsNullOrEmpty(entry.ActorState) ? UsageReport.National : entry.ActorState;
        var key = (state, at.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        if (!_months.TryGetValue(key, out var counts))
        {
            counts = new MonthCounts();
            _months[key] = counts;
        }

        if (search)
        {
            counts.Searches++;
        }
        else
        {
            counts.RecordViews++;
        }

        counts.Users.Add(entry.ActorUserId);
    }

    /// <summary>The use counted so far, by State (ordinal) then month.</summary>
    public UsageReport Build() => new(
        _period.Label,
        [.. _months
            .OrderBy(m => m.Key.State, StringComparer.Ordinal)
            .ThenBy(m => m.Key.Month, StringComparer.Ordinal)
            .Select(m => new StateMonthUsage(m.Key.State, m.Key.Month, m.Value.Searches, m.Value.RecordViews, m.Value.Users.Count))]);

    private sealed class MonthCounts
    {
        public int Searches { get; set; }

        public int RecordViews { get; set; }

        public HashSet<string> Users { get; } = new(StringComparer.Ordinal);
    }
}
