using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity;

/// <summary>
/// Links a State's record of a child to an MSIX ID. A (State, State student ID), or one of the record's
/// alternate State IDs, already linked keeps its MSIX ID. Otherwise the record's candidates are read from its
/// blocking-key documents, scored, and the <see cref="IdentityMatcher"/> decides: auto-link, or a new MSIX ID
/// (with near matches for a person). The decision and its evidence are kept on the identity link.
/// <para>
/// Two records of one new child consolidated at the same moment end with one MSIX ID: a record joins its
/// blocking keys only if none of the key documents it decided from has changed since it read them (ETags);
/// when one has, it reads them again and decides again, now seeing the other record. Any two records that
/// could link share a key, so of two concurrent newcomers the later one always sees the earlier.
/// </para>
/// <para>
/// A record sent again keeps its MSIX ID; when its identifying fields changed (a corrected name or birth
/// date), it joins the keys of its new fields, so the matcher and the search find it as it is now.
/// </para>
/// </summary>
public sealed partial class MatchingIdentityResolver(
    IDocumentStore<IdentityLink> links,
    IDocumentStore<ConsolidatedRecord> records,
    IDocumentStore<ContributionDocument> contributions,
    IDocumentStore<BlockingKeyDocument> blocks,
    IMatchModelSource models,
    FullBlockingKeys fullKeys,
    WorklistService worklist,
    IOptions<MatchThresholds> options,
    TimeProvider time,
    ILogger<MatchingIdentityResolver> logger) : IIdentityResolver
{
    private const int MaxAttempts = 20;
    private readonly MatchThresholds _thresholds = options.Value;

    /// <inheritdoc />
    public async Task<IdentityLink?> FindAsync(string state, string stateStudentId, CancellationToken cancellationToken) =>
        (await links.ReadAsync(IdentityLink.IdOf(state, stateStudentId), cancellationToken))?.Document;

    /// <inheritdoc />
    public async Task<IdentityLink> ResolveAsync(ContributionDocument contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var existing = await FindAsync(contribution.State, contribution.StateStudentId, cancellationToken);
        if (existing is not null)
        {
            // Its near matches again (each is kept once), in case a crash came between the link and them.
            if (existing.Decision is { NearMatches.Count: > 0 } decided)
            {
                await worklist.ProposeAsync(contribution, existing.MsixId, decided, cancellationToken);
            }

            await KeepKeysCurrentAsync(contribution, existing.MsixId, existing.KeyedFields, cancellationToken);
            return existing;
        }

        foreach (var alternate in contribution.Record.Demographics?.AlternateStateStudentIds ?? [])
        {
            if (await FindAsync(contribution.State, alternate.Id, cancellationToken) is { } byAlternate)
            {
                var byAlternateId = await LinkAsync(contribution, byAlternate.MsixId, IdentityLink.AlternateIdMethod, null, null, cancellationToken);
                await KeepKeysCurrentAsync(contribution, byAlternateId.MsixId, null, cancellationToken);
                return byAlternateId;
            }
        }

        var fields = MatchRecordFactory.FieldsOf(contribution.State, contribution.Record);
        var record = MatchRecordFactory.Create(fields);
        var matcher = new IdentityMatcher(new MatchScorer(ComparisonSet.Default, await models.CurrentAsync(cancellationToken)), _thresholds);
        var keys = KeysOf(record);
        string? reserved = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var read = await ReadKeysAsync(keys, cancellationToken);
            var candidates = await CandidatesAsync(record, read, cancellationToken);
            var decision = await DecideAsync(matcher, record, candidates, cancellationToken);

            var msixId = decision.Outcome == MatchOutcome.AutoLink
                ? decision.Link!.MsixId
                : reserved ??= await MsixIdReservation.ReserveAsync(records, time, cancellationToken);
            if (await JoinAsync(keys, read, new BlockMember(record.Key, msixId, fields), cancellationToken))
            {
                LogDecision(decision.Outcome, msixId, decision.NearMatches.Count, decision.CandidatesCompared);
                var linked = await LinkAsync(contribution, msixId, MethodOf(decision.Outcome), decision, fields.Fingerprint(), cancellationToken);
                await worklist.ProposeAsync(contribution, linked.MsixId, decision, cancellationToken);
                return linked;
            }

            // A key changed since it was read: another record joined it; decide again seeing it.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
        }

        throw new InvalidOperationException($"The blocking keys of {contribution.State} record kept changing under {MaxAttempts} attempts to link it.");
    }

    /// <summary>
    /// Joins a linked record to the blocking keys of its identifying fields as they are now, unless the keys were
    /// written from these very fields (<paramref name="keyedFields"/>); then notes on the link that they were.
    /// Its MSIX ID stays: only the matcher's first decision, or a person, links a record.
    /// </summary>
    private async Task KeepKeysCurrentAsync(ContributionDocument contribution, string msixId, string? keyedFields, CancellationToken cancellationToken)
    {
        var fields = MatchRecordFactory.FieldsOf(contribution.State, contribution.Record);
        var fingerprint = fields.Fingerprint();
        if (string.Equals(keyedFields, fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        var record = MatchRecordFactory.Create(fields);
        var keys = KeysOf(record);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await JoinAsync(keys, await ReadKeysAsync(keys, cancellationToken), new BlockMember(record.Key, msixId, fields), cancellationToken))
            {
                await links.UpdateAsync(
                    IdentityLink.IdOf(contribution.State, contribution.StateStudentId),
                    link => link is null || string.Equals(link.KeyedFields, fingerprint, StringComparison.Ordinal) ? null : link with { KeyedFields = fingerprint },
                    cancellationToken);
                LogKeysRewritten(msixId, keys.Count);
                return;
            }

            // Another record joined one of the keys meanwhile: read them again.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
        }

        throw new InvalidOperationException($"The blocking keys of a {contribution.State} record of MSIX ID {msixId} kept changing under {MaxAttempts} attempts to rewrite them.");
    }

    /// <summary>A record's blocking keys in order, less those seen full: a full key gives no candidate and takes no record.</summary>
    private List<string> KeysOf(MatchRecord record) =>
        [.. BlockingKeys.Of(record).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(k => !fullKeys.IsFull(k))];

    /// <summary>The key documents (null where none exists yet), noting those found full.</summary>
    private async Task<Stored<BlockingKeyDocument>?[]> ReadKeysAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(keys.Select(k => blocks.ReadAsync(BlockingKeyDocument.IdOf(k), cancellationToken)));
        for (var i = 0; i < keys.Count; i++)
        {
            fullKeys.Note(keys[i], read[i]?.Document);
        }

        return read;
    }

    /// <summary>
    /// The matcher's decision, less the pairs a person rejected (kept apart: never linked or proposed again),
    /// and holding back an auto-link to an MSIX ID that already holds another record of the same State.
    /// </summary>
    private async Task<MatchDecision> DecideAsync(IdentityMatcher matcher, MatchRecord record, List<MatchCandidate> candidates, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var decision = matcher.Decide(record, candidates);
            var proposed = decision.NearMatches.Select(n => n.Key).Concat(decision.Link is null ? [] : [decision.Link.Key]).ToList();
            var rejected = proposed.Count == 0 ? new HashSet<string>() : await worklist.RejectedAsync(record.Key, proposed, cancellationToken);
            if (rejected.Count > 0 && round < 3)
            {
                candidates = [.. candidates.Where(c => !rejected.Contains(c.Record.Key))];
                continue;
            }

            if (decision.Outcome == MatchOutcome.AutoLink && await HoldsOtherRecordOfStateAsync(decision.Link!.MsixId, record, cancellationToken))
            {
                var held = decision.Link.MsixId;
                decision = matcher.Decide(record, candidates, (msixId, _) => string.Equals(msixId, held, StringComparison.Ordinal));
            }

            return decision;
        }
    }

    private static string MethodOf(MatchOutcome outcome) => outcome switch
    {
        MatchOutcome.AutoLink => IdentityLink.AutoLinkMethod,
        MatchOutcome.NearMatch => IdentityLink.NearMatchMethod,
        _ => IdentityLink.NewIdentityMethod,
    };

    /// <summary>The records under the keys (not too common ones), each once, read from their contributions.</summary>
    private async Task<List<MatchCandidate>> CandidatesAsync(MatchRecord record, Stored<BlockingKeyDocument>?[] read, CancellationToken cancellationToken)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stored in read)
        {
            if (stored is null || stored.Document.Members.Count > _thresholds.MaxBlockSize)
            {
                continue;
            }

            foreach (var member in stored.Document.Members)
            {
                if (!string.Equals(member.Key, record.Key, StringComparison.Ordinal))
                {
                    members[member.Key] = member.MsixId;
                }
            }
        }

        var found = await Task.WhenAll(members.Select(async m => (Contribution: await contributions.ReadAsync(m.Key, cancellationToken), MsixId: m.Value)));
        return [.. found
            .Where(f => f.Contribution is { Document.Withdrawn: false })
            .Select(f => new MatchCandidate(MatchRecordFactory.FromContribution(f.Contribution!.Document), f.MsixId))];
    }

    /// <summary>Whether the MSIX ID holds a record of the record's State under another State ID.</summary>
    private async Task<bool> HoldsOtherRecordOfStateAsync(string msixId, MatchRecord record, CancellationToken cancellationToken)
    {
        var consolidated = await records.ReadAsync(msixId, cancellationToken);
        return consolidated?.Document.Contributions.Any(c =>
            string.Equals(c.State, record.State, StringComparison.Ordinal) &&
            !string.Equals(c.StateStudentId, record.StateStudentId, StringComparison.Ordinal)) ?? false;
    }

    /// <summary>
    /// Adds the record to each key document, in key order, only where the document is as it was read; false
    /// when one was created or changed by someone else since (the caller reads and decides again).
    /// </summary>
    private async Task<bool> JoinAsync(List<string> keys, Stored<BlockingKeyDocument>?[] read, BlockMember member, CancellationToken cancellationToken)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var stored = read[i];
            if (stored is null)
            {
                if (await blocks.TryCreateAsync(new BlockingKeyDocument(BlockingKeyDocument.IdOf(keys[i]), [member]), cancellationToken) is null)
                {
                    return false;
                }

                continue;
            }

            var current = stored.Document.Members;
            if (current.Contains(member) || current.Count >= _thresholds.MaxBlockSize * 2)
            {
                // Already there (a redelivery), or too common to be worth growing.
                continue;
            }

            var updated = stored.Document with { Members = [.. current.Where(m => !string.Equals(m.Key, member.Key, StringComparison.Ordinal)), member] };
            if (await blocks.TryReplaceAsync(updated, stored.ETag, cancellationToken) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates the record's link; when another delivery of the same message linked it first, returns that link.</summary>
    private async Task<IdentityLink> LinkAsync(ContributionDocument contribution, string msixId, string method, MatchDecision? decision, string? keyedFields, CancellationToken cancellationToken)
    {
        var link = new IdentityLink(
            IdentityLink.IdOf(contribution.State, contribution.StateStudentId),
            contribution.State,
            contribution.StateStudentId,
            msixId,
            method,
            time.GetUtcNow())
        {
            Decision = decision,
            KeyedFields = keyedFields,
        };
        if (await links.TryCreateAsync(link, cancellationToken) is not null)
        {
            return link;
        }

        // The record was linked by another delivery of the same message first; its MSIX ID stands.
        return await FindAsync(contribution.State, contribution.StateStudentId, cancellationToken)
            ?? throw new InvalidOperationException($"The identity link {link.Id} was reported to exist but cannot be read.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A record of MSIX ID {MsixId} joined the {KeyCount} blocking keys of its identifying fields as now sent")]
    private partial void LogKeysRewritten(string msixId, int keyCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity decision {Outcome}: MSIX ID {MsixId}, {NearMatches} near matches, {Compared} records compared")]
    private partial void LogDecision(MatchOutcome outcome, string msixId, int nearMatches, int compared);
}
