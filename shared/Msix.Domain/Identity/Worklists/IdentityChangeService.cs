using Microsoft.Extensions.Logging;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Worklists;

/// <summary>
/// Merges and splits of MSIX IDs, proposed by one data administrator and carried out only when a second one
/// validates them. A merge moves every contribution of the other MSIX ID into the surviving one, relinks its
/// records and blocking keys, and leaves the other as an alias that still resolves. A split moves one State's
/// record out to a new MSIX ID and keeps it apart from the records it leaves. Both are idempotent: carried
/// out again after a crash they end as one clean run would.
/// </summary>
public sealed partial class IdentityChangeService(
    IDocumentStore<IdentityChange> changes,
    IDocumentStore<StateWorklist> worklists,
    IDocumentStore<ConsolidatedRecord> records,
    IDocumentStore<IdentityLink> links,
    IDocumentStore<BlockingKeyDocument> blocks,
    IDocumentStore<NearMatchItem> items,
    TimeProvider time,
    ILogger<IdentityChangeService> logger)
{
    private const int MaxAttempts = 20;

    /// <summary>Proposes merging <paramref name="other"/> into <paramref name="surviving"/>.</summary>
    public async Task<IdentityChange> ProposeMergeAsync(string surviving, string other, string routedTo, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (surviving == other)
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, "An MSIX ID cannot be merged into itself.");
        }

        await RequireLiveAsync(surviving, cancellationToken);
        await RequireLiveAsync(other, cancellationToken);
        return await ProposeAsync(new IdentityChange(
            IdentityChange.MergeIdOf(surviving, other), IdentityChangeKind.Merge, surviving, other, routedTo, actor, time.GetUtcNow(), IdentityChangeStatus.Proposed, []), cancellationToken);
    }

    /// <summary>Proposes splitting the record <paramref name="recordKey"/> (a State's record) out of <paramref name="msixId"/>.</summary>
    public async Task<IdentityChange> ProposeSplitAsync(string msixId, string recordKey, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var record = await RequireLiveAsync(msixId, cancellationToken);
        var contribution = record.Contributions.FirstOrDefault(c => c.Id == recordKey)
            ?? throw new IdentityWorkException(IdentityWorkProblem.NotFound, $"MSIX ID {msixId} holds no record {recordKey}.");
        if (record.Contributions.Count < 2)
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, $"MSIX ID {msixId} holds only that record: there is nothing to split it from.");
        }

        return await ProposeAsync(new IdentityChange(
            IdentityChange.SplitIdOf(msixId, recordKey), IdentityChangeKind.Split, msixId, recordKey, contribution.State, actor, time.GetUtcNow(), IdentityChangeStatus.Proposed, []), cancellationToken);
    }

    /// <summary>One change.</summary>
    public async Task<IdentityChange> GetAsync(string changeId, CancellationToken cancellationToken) =>
        (await changes.ReadAsync(changeId, cancellationToken))?.Document
        ?? throw new IdentityWorkException(IdentityWorkProblem.NotFound, $"There is no identity change {changeId}.");

    /// <summary>Validates a proposed change (by someone other than its proposer) and carries it out.</summary>
    public async Task<IdentityChange> ValidateAsync(string changeId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var change = await GetAsync(changeId, cancellationToken);
        if (change.Status == IdentityChangeStatus.Done)
        {
            return change;
        }

        if (string.Equals(change.ProposedBy, actor, StringComparison.OrdinalIgnoreCase))
        {
            throw new IdentityWorkException(IdentityWorkProblem.Conflict, "A second data administrator must validate a merge or split: its proposer cannot.");
        }

        if (change.Kind == IdentityChangeKind.Merge)
        {
            await MergeAsync(change.MsixId, change.Other, cancellationToken);
        }
        else
        {
            change = await ReserveSplitIdAsync(change, cancellationToken);
            await SplitAsync(change.MsixId, change.Other, change.NewMsixId!, cancellationToken);
        }

        var now = time.GetUtcNow();
        var done = await changes.UpdateAsync(changeId, c => c is null || c.Status == IdentityChangeStatus.Done ? null : c with
        {
            Status = IdentityChangeStatus.Done,
            History = [.. c.History, new WorkEvent("validated", actor, now)],
        }, cancellationToken);
        await worklists.UpdateAsync(StateWorklist.IdOf(change.RoutedTo), w => w is null ? null : w with { Changes = [.. w.Changes.Where(id => id != changeId)] }, cancellationToken);
        LogDone(change.Kind, change.MsixId);
        return done!.Document;
    }

    private async Task<IdentityChange> ProposeAsync(IdentityChange change, CancellationToken cancellationToken)
    {
        var created = await changes.TryCreateAsync(change with { History = [new WorkEvent("proposed", change.ProposedBy, change.ProposedAt)] }, cancellationToken);
        var stored = created?.Document ?? (await changes.ReadAsync(change.Id, cancellationToken))!.Document;
        await worklists.UpdateAsync(StateWorklist.IdOf(stored.RoutedTo), w => WorklistService.With(w, stored.RoutedTo, change: stored.Id), cancellationToken);
        return stored;
    }

    private async Task<ConsolidatedRecord> RequireLiveAsync(string msixId, CancellationToken cancellationToken)
    {
        var record = (await records.ReadAsync(msixId, cancellationToken))?.Document
            ?? throw new IdentityWorkException(IdentityWorkProblem.NotFound, $"There is no MSIX ID {msixId}.");
        return record.AliasOf is null ? record : throw new IdentityWorkException(IdentityWorkProblem.Conflict, $"MSIX ID {msixId} was merged into {record.AliasOf}.");
    }

    /// <summary>
    /// Moves every contribution of <paramref name="other"/> into <paramref name="surviving"/>, relinks them,
    /// and turns <paramref name="other"/> into an alias, repeating until no contribution arrived meanwhile.
    /// </summary>
    private async Task MergeAsync(string surviving, string other, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await records.ReadAsync(other, cancellationToken);
            if (stored is null || stored.Document.AliasOf is not null)
            {
                return;
            }

            var moving = stored.Document.Contributions;
            var now = time.GetUtcNow();
            await records.UpdateAsync(surviving, r => Adding(r, surviving, moving, now), cancellationToken);
            foreach (var contribution in moving)
            {
                await RelinkAsync(contribution, surviving, IdentityLink.MergedMethod, cancellationToken);
            }

            await CopyLinksAsync(surviving, moving, cancellationToken);

            var alias = stored.Document with { Contributions = [], UpdatedAt = now, AliasOf = surviving, Links = null };
            if (await records.TryReplaceAsync(alias, stored.ETag, cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException($"MSIX ID {other} kept changing under {MaxAttempts} attempts to merge it.");
    }

    private async Task<IdentityChange> ReserveSplitIdAsync(IdentityChange change, CancellationToken cancellationToken)
    {
        if (change.NewMsixId is not null)
        {
            return change;
        }

        var candidate = await MsixIdReservation.ReserveAsync(records, time, cancellationToken);
        var reserved = await changes.UpdateAsync(change.Id, c => c is null || c.NewMsixId is not null ? null : c with { NewMsixId = candidate }, cancellationToken);
        return reserved!.Document;
    }

    /// <summary>Moves the record out of <paramref name="msixId"/> into <paramref name="newMsixId"/>, and keeps it apart from those it leaves.</summary>
    private async Task SplitAsync(string msixId, string recordKey, string newMsixId, CancellationToken cancellationToken)
    {
        var source = (await records.ReadAsync(msixId, cancellationToken))?.Document;
        var contribution = source?.Contributions.FirstOrDefault(c => c.Id == recordKey)
            ?? (await records.ReadAsync(newMsixId, cancellationToken))?.Document.Contributions.FirstOrDefault(c => c.Id == recordKey)
            ?? throw new IdentityWorkException(IdentityWorkProblem.NotFound, $"The record {recordKey} is in neither MSIX ID {msixId} nor {newMsixId}.");
        var now = time.GetUtcNow();
        await records.UpdateAsync(newMsixId, r => Adding(r, newMsixId, [contribution], now), cancellationToken);
        await RelinkAsync(contribution, newMsixId, IdentityLink.SplitMethod, cancellationToken);
        await CopyLinksAsync(newMsixId, [contribution], cancellationToken);
        var remaining = await records.UpdateAsync(msixId, r => r is null || r.Contributions.All(c => c.Id != recordKey) ? null : (r with
        {
            Contributions = [.. r.Contributions.Where(c => c.Id != recordKey)],
            UpdatedAt = now,
        }).WithLinkCopies([]), cancellationToken);

        // Kept apart: a rejected pair is never linked or proposed again.
        foreach (var other in remaining?.Document.Contributions ?? [])
        {
            await items.UpsertAsync(KeptApart(recordKey, newMsixId, other.Id, msixId, contribution.State, now), cancellationToken);
        }
    }

    private static NearMatchItem KeptApart(string recordKey, string msixId, string otherKey, string otherMsixId, string state, DateTimeOffset now) =>
        new(NearMatchItem.IdOf(recordKey, otherKey), recordKey, msixId, otherKey, otherMsixId, state, new MatchEvidence([], 0, 0, 0, 0), "split", now, NearMatchStatus.Rejected,
            [new WorkEvent("split", "exchange", now)]);

    private static ConsolidatedRecord? Adding(ConsolidatedRecord? record, string msixId, IReadOnlyList<ContributionDocument> adding, DateTimeOffset now)
    {
        record ??= new ConsolidatedRecord(msixId, msixId, [], now, now);
        var missing = adding.Where(a => record.Contributions.All(c => c.Id != a.Id)).ToList();
        return missing.Count == 0 ? null : record with { Contributions = [.. record.Contributions, .. missing], UpdatedAt = now };
    }

    /// <summary>Brings the copies <paramref name="msixId"/>'s record holds of the links of <paramref name="moved"/> up to date with the links.</summary>
    private async Task CopyLinksAsync(string msixId, IReadOnlyList<ContributionDocument> moved, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(moved.Select(c => links.ReadAsync(c.Id, cancellationToken)));
        List<IdentityLink> current = [.. read.Where(l => l is not null).Select(l => l!.Document)];
        await records.UpdateAsync(msixId, r => r is null || current.All(r.HoldsCopyOf) ? null : r.WithLinkCopies(current), cancellationToken);
    }

    /// <summary>Points the record's identity link and its blocking-key entries at <paramref name="msixId"/>.</summary>
    private async Task RelinkAsync(ContributionDocument contribution, string msixId, string method, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await links.UpdateAsync(contribution.Id, l => l is null || l.MsixId == msixId ? null : l with { MsixId = msixId, Method = method, LinkedAt = now }, cancellationToken);
        foreach (var key in BlockingKeys.Of(MatchRecordFactory.FromContribution(contribution)).Distinct(StringComparer.Ordinal))
        {
            await blocks.UpdateAsync(BlockingKeyDocument.IdOf(key), d => d is null || d.Members.All(m => m.Key != contribution.Id || m.MsixId == msixId) ? null : d with
            {
                Members = [.. d.Members.Select(m => m.Key == contribution.Id ? m with { MsixId = msixId } : m)],
            }, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity change {Kind} of MSIX ID {MsixId} validated and carried out")]
    private partial void LogDone(IdentityChangeKind kind, string msixId);
}
