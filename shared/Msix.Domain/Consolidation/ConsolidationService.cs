using Microsoft.Extensions.Logging;
using Msix.Domain.Identity;
using Msix.Domain.Notices;
using Msix.Domain.Storage;

namespace Msix.Domain.Consolidation;

/// <summary>
/// Brings a State's changed contribution into the consolidated record of its child. Idempotent: it always
/// works from the contribution as stored now, so redelivered or reordered messages end in the same state.
/// </summary>
public sealed partial class ConsolidationService(
    IDocumentStore<ContributionDocument> contributions,
    IDocumentStore<ConsolidatedRecord> records,
    IIdentityResolver identities,
    NoticeService notices,
    TimeProvider time,
    ILogger<ConsolidationService> logger)
{
    private const int MaxAliasHops = 5;

    public async Task ConsolidateAsync(ConsolidationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.State) || string.IsNullOrWhiteSpace(request.StateStudentId))
        {
            // A request that names no record can never succeed: fail it, so that it ends in the poison queue
            // where people see it, instead of vanishing as "nothing to do".
            throw new InvalidDataException("A consolidation request must name a State and a State student ID.");
        }

        var stored = await contributions.ReadAsync(ContributionDocument.IdOf(request.State, request.StateStudentId), cancellationToken);
        if (stored is null)
        {
            LogNoContribution(request.State);
            return;
        }

        var contribution = stored.Document;
        if (contribution.Withdrawn)
        {
            var linked = await identities.FindAsync(contribution.State, contribution.StateStudentId, cancellationToken);
            if (linked is not null)
            {
                await records.UpdateAsync(linked.MsixId, record => Without(record, contribution), cancellationToken);
                LogWithdrawn(linked.MsixId, contribution.State);
            }

            return;
        }

        var link = await identities.ResolveAsync(contribution, cancellationToken);
        var msixId = link.MsixId;
        for (var hop = 0; hop < MaxAliasHops; hop++)
        {
            // A merged MSIX ID is an alias: its contributions go to the MSIX ID it was merged into.
            var target = msixId;
            var written = await records.UpdateAsync(target, record => record?.AliasOf is not null ? null : With(record, target, contribution, link), cancellationToken);
            if (written?.Document.AliasOf is not { } alias)
            {
                LogConsolidated(target, contribution.State);
                if (written is not null)
                {
                    // Seen again on redelivery: the notices are the same ones, their mails not sent twice.
                    var raised = await notices.RaiseMoveAsync(written.Document, contribution, cancellationToken);
                    if (raised.Count > 0)
                    {
                        LogMove(target, raised[1].ReceivingState, raised[0].ReceivingState);
                    }
                }

                return;
            }

            msixId = alias;
        }

        throw new InvalidOperationException($"MSIX ID {msixId} is an alias of an alias more than {MaxAliasHops} times over.");
    }

    /// <summary>
    /// The record holding <paramref name="contribution"/> and a copy of its <paramref name="link"/>; null when it
    /// holds them already (or a newer contribution of the same State record), so nothing is written.
    /// </summary>
    private ConsolidatedRecord? With(ConsolidatedRecord? record, string msixId, ContributionDocument contribution, IdentityLink link)
    {
        var now = time.GetUtcNow();
        record ??= new ConsolidatedRecord(msixId, msixId, [], now, now);
        var held = record.Contributions.FirstOrDefault(c => c.Id == contribution.Id);
        if (held is not null && held.AsOf > contribution.AsOf)
        {
            return null;
        }

        if (held is not null && held.ContentHash == contribution.ContentHash && held.AsOf >= contribution.AsOf)
        {
            // The same record again: written only to bring the link's copy up to date (kept before copies were).
            return record.HoldsCopyOf(link) ? null : record.WithLinkCopies([link]);
        }

        return (record with
        {
            Contributions = [.. record.Contributions.Where(c => c.Id != contribution.Id), contribution],
            UpdatedAt = now,
        }).WithLinkCopies([link]);
    }

    private ConsolidatedRecord? Without(ConsolidatedRecord? record, ContributionDocument contribution)
    {
        if (record is null || record.Contributions.All(c => c.Id != contribution.Id))
        {
            return null;
        }

        return (record with
        {
            Contributions = [.. record.Contributions.Where(c => c.Id != contribution.Id)],
            UpdatedAt = time.GetUtcNow(),
        }).WithLinkCopies([]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidated the {State} contribution into MSIX ID {MsixId}")]
    private partial void LogConsolidated(string msixId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "MSIX ID {MsixId} moved from {FromState} to {ToState}: move notices raised")]
    private partial void LogMove(string msixId, string fromState, string toState);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed the withdrawn {State} contribution from MSIX ID {MsixId}")]
    private partial void LogWithdrawn(string msixId, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A consolidation request from {State} names no stored contribution; nothing to do")]
    private partial void LogNoContribution(string state);
}
