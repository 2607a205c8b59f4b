using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Worklists;

/// <summary>
/// The near matches the matcher proposes, routed to the data administrators of the State of the child's most
/// recent enrolment: listed with their age, confirmed (a merge of the two MSIX IDs is proposed, for a second
/// administrator to validate) or rejected (the pair is kept apart and never proposed again). Every action is
/// idempotent and safe under concurrency (ETags), and recorded in the item's history.
/// </summary>
public sealed partial class WorklistService(
    IDocumentStore<NearMatchItem> items,
    IDocumentStore<StateWorklist> worklists,
    IDocumentStore<IdentityChange> changes,
    IDocumentStore<ContributionDocument> contributions,
    IdentityChangeService identityChanges,
    IOptions<WorklistOptions> options,
    TimeProvider time,
    ILogger<WorklistService> logger)
{
    /// <summary>Puts a decision's near matches on the worklists (an item already there is left as it is).</summary>
    public async Task ProposeAsync(ContributionDocument record, string msixId, MatchDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        foreach (var near in decision.NearMatches)
        {
            var id = NearMatchItem.IdOf(record.Id, near.Key);
            if (await items.ReadAsync(id, cancellationToken) is not null)
            {
                continue;
            }

            var candidate = (await contributions.ReadAsync(near.Key, cancellationToken))?.Document;
            var routedTo = LatestEnrolmentState(record, candidate);
            var item = new NearMatchItem(id, record.Id, msixId, near.Key, near.MsixId, routedTo, near.Evidence, near.Hold, time.GetUtcNow(), NearMatchStatus.Open, []);
            if (await items.TryCreateAsync(item, cancellationToken) is not null)
            {
                await worklists.UpdateAsync(StateWorklist.IdOf(routedTo), w => With(w, routedTo, nearMatch: id), cancellationToken);
                LogProposed(msixId, near.MsixId, routedTo);
            }
        }
    }

    /// <summary>The candidate keys among <paramref name="candidateKeys"/> that were rejected as the same child as <paramref name="recordKey"/>.</summary>
    public async Task<IReadOnlySet<string>> RejectedAsync(string recordKey, IEnumerable<string> candidateKeys, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(candidateKeys.Distinct(StringComparer.Ordinal).Select(async key =>
            (Key: key, Item: await items.ReadAsync(NearMatchItem.IdOf(recordKey, key), cancellationToken))));
        return read.Where(r => r.Item?.Document.Status == NearMatchStatus.Rejected).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A State's open near matches and changes waiting for validation, with their age.</summary>
    public async Task<WorklistView> ListAsync(string state, CancellationToken cancellationToken)
    {
        var list = (await worklists.ReadAsync(StateWorklist.IdOf(state), cancellationToken))?.Document;
        var open = await Task.WhenAll((list?.NearMatches ?? []).Select(id => items.ReadAsync(id, cancellationToken)));
        var waiting = await Task.WhenAll((list?.Changes ?? []).Select(id => changes.ReadAsync(id, cancellationToken)));
        return new WorklistView(
            state,
            [.. open.Where(i => i?.Document.Status == NearMatchStatus.Open).Select(i => Aged(i!.Document, i.Document.CreatedAt)).OrderByDescending(a => a.AgeDays)],
            [.. waiting.Where(c => c?.Document.Status == IdentityChangeStatus.Proposed).Select(c => Aged(c!.Document, c.Document.ProposedAt)).OrderByDescending(a => a.AgeDays)]);
    }

    /// <summary>One near match.</summary>
    public async Task<NearMatchItem> GetAsync(string itemId, CancellationToken cancellationToken) =>
        (await items.ReadAsync(itemId, cancellationToken))?.Document
        ?? throw new IdentityWorkException(IdentityWorkProblem.NotFound, $"There is no near match {itemId}.");

    /// <summary>
    /// Confirms that the two records are one child: proposes merging the two MSIX IDs into
    /// <paramref name="survivingMsixId"/> (by default the candidate's, the older), for a second administrator.
    /// </summary>
    public async Task<IdentityChange> ConfirmAsync(string itemId, string actor, string? survivingMsixId, CancellationToken cancellationToken)
    {
        var item = await SettleAsync(itemId, actor, NearMatchStatus.Confirmed, cancellationToken);
        var surviving = survivingMsixId ?? item.CandidateMsixId;
        if (surviving != item.MsixId && surviving != item.CandidateMsixId)
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, $"The surviving MSIX ID must be {item.MsixId} or {item.CandidateMsixId}.");
        }

        var other = surviving == item.MsixId ? item.CandidateMsixId : item.MsixId;

        // Confirmed again: the merge it proposed, whatever became of it since.
        if (await changes.ReadAsync(IdentityChange.MergeIdOf(surviving, other), cancellationToken) is { } proposed)
        {
            return proposed.Document;
        }

        return await identityChanges.ProposeMergeAsync(surviving, other, item.RoutedTo, actor, cancellationToken);
    }

    /// <summary>Rejects the near match: the two records are two children and are never proposed again.</summary>
    public Task<NearMatchItem> RejectAsync(string itemId, string actor, CancellationToken cancellationToken) =>
        SettleAsync(itemId, actor, NearMatchStatus.Rejected, cancellationToken);

    private async Task<NearMatchItem> SettleAsync(string itemId, string actor, NearMatchStatus status, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var current = await GetAsync(itemId, cancellationToken);
        if (current.Status == status)
        {
            return current;
        }

        if (current.Status != NearMatchStatus.Open)
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, $"The near match {itemId} was already {current.Status.ToString().ToLowerInvariant()}.");
        }

        var now = time.GetUtcNow();
        var settled = await items.UpdateAsync(itemId, i => i is null || i.Status != NearMatchStatus.Open ? null : i with
        {
            Status = status,
            History = [.. i.History, new WorkEvent(status == NearMatchStatus.Confirmed ? "confirmed" : "rejected", actor, now)],
        }, cancellationToken);
        var item = settled!.Document;
        if (item.Status != status)
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, $"The near match {itemId} was settled otherwise at the same moment.");
        }

        await worklists.UpdateAsync(StateWorklist.IdOf(item.RoutedTo), w => w is null ? null : w with { NearMatches = [.. w.NearMatches.Where(id => id != itemId)] }, cancellationToken);
        LogSettled(item.MsixId, item.CandidateMsixId, status);
        return item;
    }

    /// <summary>The State of the latest enrolment of either record (the new record's State when neither has one).</summary>
    private static string LatestEnrolmentState(ContributionDocument record, ContributionDocument? candidate)
    {
        var latest = new[] { record, candidate }
            .Where(c => c is not null)
            .SelectMany(c => c!.Record.Enrollments.Select(e => (c.State, e.EnrollmentDate)))
            .OrderByDescending(e => e.EnrollmentDate)
            .FirstOrDefault();
        return latest.State ?? record.State;
    }

    internal static StateWorklist? With(StateWorklist? list, string state, string? nearMatch = null, string? change = null)
    {
        list ??= new StateWorklist(StateWorklist.IdOf(state), state, [], []);
        if ((nearMatch is null || list.NearMatches.Contains(nearMatch)) && (change is null || list.Changes.Contains(change)))
        {
            return null;
        }

        return list with
        {
            NearMatches = nearMatch is null || list.NearMatches.Contains(nearMatch) ? list.NearMatches : [.. list.NearMatches, nearMatch],
            Changes = change is null || list.Changes.Contains(change) ? list.Changes : [.. list.Changes, change],
        };
    }

    private AgedItem<T> Aged<T>(T item, DateTimeOffset since)
    {
        var age = (int)(time.GetUtcNow() - since).TotalDays;
        return new AgedItem<T>(item, age, age >= options.Value.EscalateAfterDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Near match of MSIX ID {MsixId} and {CandidateMsixId} put on the {State} worklist")]
    private partial void LogProposed(string msixId, string candidateMsixId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Near match of MSIX ID {MsixId} and {CandidateMsixId} {Status}")]
    private partial void LogSettled(string msixId, string candidateMsixId, NearMatchStatus status);
}
