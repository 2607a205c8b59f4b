using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;

namespace Msix.Domain.Reports.Quality;

/// <summary>
/// Counts each State's data quality in one performance period (<see cref="DataQualityReport"/>), fed the
/// consolidated records, the submissions and the near matches one at a time, in any order. Keeps per State
/// counters, a histogram of delays and a counter per error code; no record.
/// </summary>
/// <remarks>
/// A State's records are its current contributions: not withdrawn, not a delete, and not in a merged alias record
/// (as <see cref="ReportChild.Of"/> reads them). Each is one record of its State, whatever the other States hold
/// for the child. Timeliness reads each enrolment of those records that starts in the period: the days from its
/// enrolment date to the day (UTC) it first reached the exchange (<see cref="ContributionDocument.ArrivalOf"/>),
/// 0 when it arrived before it started. A submission counts when its receipt was written and it was processed
/// (<see cref="SubmissionDocument.UpdatedAt"/>, UTC) in the period. A State is listed when it has a record, a
/// submission counted or an open near match.
/// </remarks>
public sealed class DataQualityAccumulator(PerformancePeriod period)
{
    /// <summary>Most error codes listed per State.</summary>
    public const int MaxErrorCodes = 10;

    /// <summary>What "arrived in time" means: at most this many days after the enrolment date.</summary>
    public const int TimelyDays = 14;

    private readonly PerformancePeriod _period = period ?? throw new ArgumentNullException(nameof(period));
    private readonly Dictionary<string, StateCounts> _states = new(StringComparer.Ordinal);

    /// <summary>Counts the current contributions of <paramref name="record"/>; a merged alias counts nothing.</summary>
    public void Add(ConsolidatedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.AliasOf is not null)
        {
            return;
        }

        foreach (var contribution in record.Contributions.Where(c => !c.Withdrawn && c.Record.Action != RecordAction.Delete))
        {
            var counts = Of(contribution.State);
            counts.Records++;
            for (var i = 0; i < CompletenessElements.All.Count; i++)
            {
                if (CompletenessElements.All[i].Carries(contribution.Record))
                {
                    counts.RecordsWith[i]++;
                }
            }

            foreach (var enrollment in contribution.Record.Enrollments.Where(e => _period.Contains(e.EnrollmentDate)))
            {
                var arrived = DateOnly.FromDateTime(contribution.ArrivalOf(enrollment.Key).UtcDateTime);
                counts.Delays.Add(Math.Max(0, arrived.DayNumber - enrollment.EnrollmentDate.DayNumber));
            }
        }
    }

    /// <summary>Counts <paramref name="submission"/> when its receipt is written and it was processed in the period.</summary>
    public void Add(SubmissionDocument submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.ReceiptStatus is not { } status || !_period.Contains(DateOnly.FromDateTime(submission.UpdatedAt.UtcDateTime)))
        {
            return;
        }

        var counts = Of(submission.State);
        counts.Submissions++;
        if (status == ReceiptStatus.Rejected)
        {
            counts.SubmissionsRejected++;
        }

        counts.ChildrenReceived += submission.Counts?.ChildrenReceived ?? 0;
        counts.ChildrenRejected += submission.Counts?.ChildrenRejected ?? 0;
        foreach (var code in submission.ErrorCodes)
        {
            counts.ErrorCodes[code.Code] = counts.ErrorCodes.GetValueOrDefault(code.Code) + code.Errors;
        }
    }

    /// <summary>Counts <paramref name="item"/> for the State it is routed to when it is still open.</summary>
    public void AddOpenNearMatch(NearMatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status == NearMatchStatus.Open)
        {
            Of(item.RoutedTo).OpenNearMatches++;
        }
    }

    /// <summary>The data quality counted so far, States in ordinal order.</summary>
    public DataQualityReport Build() => new(
        _period.Label,
        [.. _states.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => Build(s.Key, s.Value))]);

    private static StateDataQuality Build(string state, StateCounts counts) => new(
        state,
        counts.Records,
        new SubmissionTimeliness(counts.Delays.Count, counts.Delays.Percentile(50), counts.Delays.Percentile(90), counts.Delays.ShareAtMost(TimelyDays)),
        [.. CompletenessElements.All.Select((element, i) => new ElementCompleteness(
            element.Name,
            counts.RecordsWith[i],
            counts.Records == 0 ? 0 : (double)counts.RecordsWith[i] / counts.Records))],
        new SubmissionOutcomes(
            counts.Submissions,
            counts.SubmissionsRejected,
            counts.ChildrenReceived,
            counts.ChildrenRejected,
            counts.ChildrenReceived == 0 ? 0 : (double)counts.ChildrenRejected / counts.ChildrenReceived,
            [.. counts.ErrorCodes
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxErrorCodes)
                .Select(c => new ErrorCodeCount(c.Key, c.Value))]),
        counts.OpenNearMatches);

    private StateCounts Of(string state)
    {
        if (!_states.TryGetValue(state, out var counts))
        {
            counts = new StateCounts();
            _states[state] = counts;
        }

        return counts;
    }

    /// <summary>One State's counters.</summary>
    private sealed class StateCounts
    {
        public int Records { get; set; }

        /// <summary>Per element of <see cref="CompletenessElements.All"/>, the records that carry it.</summary>
        public int[] RecordsWith { get; } = new int[CompletenessElements.All.Count];

        public DayHistogram Delays { get; } = new();

        public int Submissions { get; set; }

        public int SubmissionsRejected { get; set; }

        public long ChildrenReceived { get; set; }

        public long ChildrenRejected { get; set; }

        public Dictionary<string, long> ErrorCodes { get; } = new(StringComparer.Ordinal);

        public int OpenNearMatches { get; set; }
    }
}
