using Msix.Domain.Mde;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;

namespace Msix.Domain.Consolidation;

/// <summary>
/// Stores one State's record of one child as its contribution, and asks for it to be consolidated.
/// Idempotent: the same record again changes nothing, and an older record never replaces a newer one.
/// </summary>
public sealed class ContributionWriter(
    IDocumentStore<ContributionDocument> contributions,
    IMessageSender messages,
    TimeProvider time)
{
    public async Task<StoreOutcome> StoreAsync(string state, string submissionId, ChildRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = ContributionDocument.IdOf(state, record.StateStudentId);
        var withdraw = record.Action == RecordAction.Delete;
        var hash = ChildRecordHash.Of(record);
        var outcome = StoreOutcome.Stored;

        await contributions.UpdateAsync(id, current =>
        {
            if (current is not null && current.SubmissionId == submissionId && current.ContentHash == hash)
            {
                // Stored by an earlier attempt at this same submission: count it as this submission's.
                outcome = withdraw ? StoreOutcome.Withdrawn : StoreOutcome.Stored;
                return null;
            }

            if (current is not null && current.AsOf > record.AsOf)
            {
                outcome = StoreOutcome.SkippedAsOlder;
                return null;
            }

            if (current is not null && current.ContentHash == hash)
            {
                // The same data, perhaps dated later: keep the later date so that an older record can't slip in.
                outcome = StoreOutcome.Unchanged;
                return current.AsOf >= record.AsOf ? null : current with { AsOf = record.AsOf };
            }

            outcome = withdraw ? StoreOutcome.Withdrawn : StoreOutcome.Stored;
            var storedAt = time.GetUtcNow();
            return new ContributionDocument(
                id,
                state,
                record.StateStudentId,
                record.AsOf,
                submissionId,
                storedAt,
                hash,
                withdraw,
                record)
            {
                EnrollmentArrivals = ArrivalsOf(record, current, storedAt),
            };
        }, cancellationToken);

        if (outcome is StoreOutcome.Stored or StoreOutcome.Withdrawn)
        {
            // Also after an earlier attempt stored it: that attempt may have stopped before sending.
            await messages.SendAsync(QueueNames.Consolidate, new ConsolidationRequest(state, record.StateStudentId), cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// When each enrolment of <paramref name="record"/> first arrived: as the <paramref name="previous"/> version
    /// has it when that version carried the enrolment too (its <see cref="ContributionDocument.StoredAt"/> when it
    /// was stored before arrivals were kept), else <paramref name="storedAt"/>. One per key, in the record's order.
    /// </summary>
    private static List<EnrollmentArrival> ArrivalsOf(ChildRecord record, ContributionDocument? previous, DateTimeOffset storedAt)
    {
        var arrivals = new List<EnrollmentArrival>(record.Enrollments.Count);
        foreach (var key in record.Enrollments.Select(e => e.Key))
        {
            if (arrivals.Exists(a => a.Key.Equals(key)))
            {
                continue;
            }

            var carried = previous is not null && previous.Record.Enrollments.Any(e => e.Key.Equals(key));
            arrivals.Add(new EnrollmentArrival(key, carried ? previous!.ArrivalOf(key) : storedAt));
        }

        return arrivals;
    }
}
