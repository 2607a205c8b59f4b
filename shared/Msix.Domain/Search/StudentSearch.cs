using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Storage;

using RecordCache = System.Collections.Concurrent.ConcurrentDictionary<string, System.Threading.Tasks.Task<Msix.Domain.Storage.Stored<Msix.Domain.Consolidation.ConsolidatedRecord>?>>;

namespace Msix.Domain.Search;

/// <summary>
/// Finds children by what school staff know of them. An MSIX ID, or a State with its student ID, is read
/// directly. Otherwise the criteria become a match record: its blocking keys are read (the documents the
/// identity matcher maintains, one point read each), the records under them scored against the criteria by
/// the matcher's own scorer, and the children ranked by their best record's score. Criteria that tell too
/// little (a single name, a common surname alone) are refused with a request for more.
/// </summary>
public sealed class StudentSearch(
    IDocumentStore<BlockingKeyDocument> blocks,
    IDocumentStore<ContributionDocument> contributions,
    IDocumentStore<ConsolidatedRecord> records,
    IDocumentStore<IdentityLink> links,
    IMatchModelSource models,
    FullBlockingKeys fullKeys,
    IOptions<SearchOptions> options)
{
    private const string QueryState = "SEARCH";
    private readonly SearchOptions _options = options.Value;
    private MatchScorer? _scorer;

    /// <summary>The page <paramref name="page"/> (from 1) of the children that fit the criteria, best first; or why not.</summary>
    public async Task<SearchOutcome> SearchAsync(SearchCriteria criteria, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        pageSize = Math.Clamp(pageSize, 1, _options.MaxPageSize);
        page = Math.Max(1, page);
        var scorer = await ScorerAsync(cancellationToken);
        var query = QueryRecord(criteria);
        var read = new RecordCache(StringComparer.Ordinal);

        IReadOnlyList<SearchCandidate> candidates;
        if (!string.IsNullOrWhiteSpace(criteria.MsixId))
        {
            candidates = await OfMsixIdAsync(criteria.MsixId.Trim(), read, cancellationToken);
        }
        else if (!string.IsNullOrWhiteSpace(criteria.StateStudentId))
        {
            if (string.IsNullOrWhiteSpace(criteria.State))
            {
                return new SearchOutcome(null, "A State student ID is unique only within its State: give the State too.");
            }

            var link = await links.ReadAsync(IdentityLink.IdOf(criteria.State, criteria.StateStudentId.Trim()), cancellationToken);
            candidates = link is null ? [] : await OfMsixIdAsync(link.Document.MsixId, read, cancellationToken);
        }
        else
        {
            if (criteria.IdentifyingCount < 2)
            {
                return new SearchOutcome(null, "Give at least two of first name, last name, birth date, a parent's name and birth city (or an MSIX ID, or a State with its State student ID): one alone would list children across the nation.");
            }

            var found = await BlockedAsync(query, cancellationToken);
            if (found is null)
            {
                return new SearchOutcome(null, "Too many children share these criteria: add a birth date, a first name or a parent's name.");
            }

            candidates = found;
        }

        // Candidates found by their keys are ranked by the fields the keys carry; those that pass are then scored
        // again on their current record (the fields may be older), and only what that record says is listed.
        // Those far below the best by their keys are namesakes: their records are read only when the best ones'
        // records score lower now than their keys did (changed since, or withdrawn). With a State given, the
        // best may be from another State, so every candidate is read.
        var direct = !string.IsNullOrWhiteSpace(criteria.MsixId) || !string.IsNullOrWhiteSpace(criteria.StateStudentId);
        var scored = candidates
            .Select(c => Score(scorer, query, c) is { } evidence ? new ScoredCandidate(c, evidence, evidence.Fields.Sum(f => f.Weight)) : null)
            .OfType<ScoredCandidate>()
            .Where(s => direct || s.Score >= _options.MinimumScore)
            .OrderByDescending(s => s.Score)
            .ToList();
        var hits = new Dictionary<string, (double Score, MatchEvidence Evidence, ContributionDocument Record)>(StringComparer.Ordinal);
        var cut = direct || !string.IsNullOrWhiteSpace(criteria.State) || scored.Count == 0
            ? double.NegativeInfinity
            : scored[0].Score - _options.ListWithinBits;
        var best = scored.TakeWhile(s => s.Score >= cut).ToList();
        await AddHitsAsync(scorer, query, best, direct, hits, read, cancellationToken);
        var bestNow = hits.Count == 0 ? _options.MinimumScore : hits.Values.Max(h => h.Score);
        if (best.Count < scored.Count && bestNow - _options.ListWithinBits < cut)
        {
            var lower = bestNow - _options.ListWithinBits;
            await AddHitsAsync(scorer, query, [.. scored.Skip(best.Count).TakeWhile(s => s.Score >= lower)], direct, hits, read, cancellationToken);
        }

        // A key may still name an MSIX ID merged since: it resolves to the child it was merged into.
        var passing = hits.ToList();
        var resolved = await ResolveAliasesAsync(passing.Select(h => h.Key), read, cancellationToken);
        var ranked = passing
            .GroupBy(h => resolved[h.Key], StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, (double Score, MatchEvidence Evidence, ContributionDocument Record)>(g.Key, g.MaxBy(h => h.Value.Score).Value))
            .OrderByDescending(h => h.Value.Score)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        var states = await StatesAsync(ranked.Select(h => h.Key), read, cancellationToken);
        var inState = ranked
            .Where(h => string.IsNullOrWhiteSpace(criteria.State) || states[h.Key].Contains(criteria.State.Trim().ToUpperInvariant()))
            .ToList();
        var listed = direct || inState.Count == 0
            ? inState
            : [.. inState.Where(h => h.Value.Score >= inState[0].Value.Score - _options.ListWithinBits)];
        var pageHits = listed.Skip((page - 1) * pageSize).Take(pageSize).Select(h =>
        {
            var d = h.Value.Record.Record.Demographics!;
            return new SearchHit(
                h.Key,
                Math.Round(h.Value.Score, 2),
                [.. h.Value.Evidence.Fields.Where(f => f.Weight > 0)],
                d.FirstName,
                d.LastName1,
                d.LastName2,
                d.BirthDate,
                d.Sex,
                states[h.Key],
                h.Value.Record.State);
        }).ToList();
        return new SearchOutcome(new SearchPage(page, pageSize, listed.Count, pageHits), null);
    }

    /// <summary>The criteria as a match record, compared field by field as the matcher compares two records.</summary>
    public static MatchRecord QueryRecord(SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var lastNames = Words(criteria.LastName);
        var parent = Words(criteria.ParentName);
        var (parentFirst, parentLast) = parent.Length switch
        {
            0 => (null, null),
            1 => (null, parent[0]),
            _ => (parent[0], string.Join(' ', parent[1..])),
        };
        var birthDate = criteria.BirthDate is { } b ? (b.Year * 10000) + (b.Month * 100) + b.Day : 0;
        return MatchRecordFactory.Create(new MatchFields
        {
            State = QueryState,
            StateStudentId = "query",
            FirstName = criteria.FirstName,
            LastName1 = lastNames.Length > 0 ? lastNames[0] : null,
            LastName2 = lastNames.Length > 1 ? string.Join(' ', lastNames[1..]) : null,
            BirthDate = birthDate,
            Sex = criteria.Sex,
            BirthCity = criteria.BirthCity,
            Parent1FirstName = parentFirst,
            Parent1LastName = parentLast,
        });
    }

    private static string[] Words(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The records under the query's blocking keys; null when every key is too common to list.</summary>
    private async Task<IReadOnlyList<SearchCandidate>?> BlockedAsync(MatchRecord query, CancellationToken cancellationToken)
    {
        // A key document stops growing at twice the matcher's block limit: past that it no longer lists everyone.
        // A key seen full before is not read again.
        var all = BlockingKeys.Of(query).Distinct(StringComparer.Ordinal).ToList();
        var keys = all.Where(k => !fullKeys.IsFull(k)).ToList();
        var keyed = await Task.WhenAll(keys.Select(k => blocks.ReadAsync(BlockingKeyDocument.IdOf(k), cancellationToken)));
        for (var i = 0; i < keys.Count; i++)
        {
            fullKeys.Note(keys[i], keyed[i]?.Document);
        }

        var usable = keyed.Where(r => r is not null && r.Document.Members.Count < fullKeys.FullSize).ToList();
        if (usable.Count == 0 && (keys.Count < all.Count || keyed.Any(r => r is not null)))
        {
            return null;
        }

        var members = usable.SelectMany(r => r!.Document.Members).ToList();
        if (members.DistinctBy(m => m.Key, StringComparer.Ordinal).Count() > _options.MaxCandidates)
        {
            return null;
        }

        // The records sharing the most keys with the criteria are scored; the rest agree on too little. A member
        // written before keys carried fields is read from its State record.
        var scored = members
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(_options.MaxScored)
            .Select(g => g.FirstOrDefault(m => m.Fields is not null) ?? g.First())
            .ToList();
        var found = await Task.WhenAll(scored.Select(async m => m.Fields is not null
            ? new SearchCandidate(m.Key, m.MsixId, m.Fields, null)
            : (await contributions.ReadAsync(m.Key, cancellationToken))?.Document is { } read
                ? new SearchCandidate(m.Key, m.MsixId, null, read)
                : null));
        return [.. found.OfType<SearchCandidate>()];
    }

    /// <summary>The evidence of a candidate against the criteria; null when it names no one (withdrawn, or no demographics).</summary>
    private static MatchEvidence? Score(MatchScorer scorer, MatchRecord query, SearchCandidate candidate) => candidate switch
    {
        { Contribution: { } c } when c.Withdrawn || c.Record.Demographics is null => null,
        { Contribution: { } c } => scorer.Explain(query, MatchRecordFactory.FromContribution(c)),
        { Fields: { } fields } => scorer.Explain(query, MatchRecordFactory.Create(fields)),
        _ => null,
    };

    /// <summary>Scores <paramref name="batch"/> on their current records and keeps, for each child, its best record that still passes.</summary>
    private async Task AddHitsAsync(
        MatchScorer scorer,
        MatchRecord query,
        List<ScoredCandidate> batch,
        bool direct,
        Dictionary<string, (double Score, MatchEvidence Evidence, ContributionDocument Record)> hits,
        RecordCache read,
        CancellationToken cancellationToken)
    {
        var current = await Task.WhenAll(batch.Select(s => CurrentAsync(s.Candidate, read, cancellationToken)));
        for (var i = 0; i < batch.Count; i++)
        {
            var (candidate, evidence, _) = batch[i];
            if (current[i] is not { } record)
            {
                continue;
            }

            if (candidate.Contribution is null)
            {
                evidence = scorer.Explain(query, MatchRecordFactory.FromContribution(record));
            }

            var score = evidence.Fields.Sum(f => f.Weight);
            if ((direct || score >= _options.MinimumScore) && (!hits.TryGetValue(candidate.MsixId, out var best) || score > best.Score))
            {
                hits[candidate.MsixId] = (score, evidence, record);
            }
        }
    }

    /// <summary>
    /// The candidate's State record as it is now: as read, or from its child's consolidated record (read once
    /// per search), or read itself when it has moved to another child since; null when withdrawn or gone.
    /// </summary>
    private async Task<ContributionDocument?> CurrentAsync(SearchCandidate candidate, RecordCache read, CancellationToken cancellationToken)
    {
        var record = candidate.Contribution;
        if (record is null)
        {
            var child = await FollowAsync(candidate.MsixId, read, cancellationToken);
            record = child?.Contributions.FirstOrDefault(c => string.Equals(c.Id, candidate.Key, StringComparison.Ordinal))
                ?? (await contributions.ReadAsync(candidate.Key, cancellationToken))?.Document;
        }

        return record is null || record.Withdrawn || record.Record.Demographics is null ? null : record;
    }

    /// <summary>Every current State record of one child.</summary>
    private async Task<IReadOnlyList<SearchCandidate>> OfMsixIdAsync(string msixId, RecordCache read, CancellationToken cancellationToken)
    {
        var stored = await FollowAsync(msixId, read, cancellationToken);
        return stored is null ? [] : [.. stored.Contributions.Where(c => !c.Withdrawn).Select(c => new SearchCandidate(c.Id, stored.MsixId, null, c))];
    }

    private async Task<Dictionary<string, string>> ResolveAliasesAsync(IEnumerable<string> msixIds, RecordCache read, CancellationToken cancellationToken)
    {
        var ids = msixIds.ToList();
        var followed = await Task.WhenAll(ids.Select(id => FollowAsync(id, read, cancellationToken)));
        return ids.Select((id, i) => (id, followed[i]?.MsixId ?? id)).ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> StatesAsync(IEnumerable<string> msixIds, RecordCache read, CancellationToken cancellationToken)
    {
        var ids = msixIds.ToList();
        var stored = await Task.WhenAll(ids.Select(id => ReadAsync(id, read, cancellationToken)));
        return ids.Select((id, i) => (id, States: (IReadOnlyList<string>)[.. (stored[i]?.Document.Contributions ?? []).Where(c => !c.Withdrawn).Select(c => c.State).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .ToDictionary(p => p.id, p => p.States, StringComparer.Ordinal);
    }

    private async Task<ConsolidatedRecord?> FollowAsync(string msixId, RecordCache read, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(msixId, read, cancellationToken);
        for (var hop = 0; hop < 5 && stored?.Document.AliasOf is { } alias; hop++)
        {
            stored = await ReadAsync(alias, read, cancellationToken);
        }

        return stored?.Document;
    }

    /// <summary>A consolidated record, read once per search however often it is needed.</summary>
    private Task<Stored<ConsolidatedRecord>?> ReadAsync(string msixId, RecordCache read, CancellationToken cancellationToken) =>
        read.GetOrAdd(msixId, id => records.ReadAsync(id, cancellationToken));

    private async Task<MatchScorer> ScorerAsync(CancellationToken cancellationToken)
    {
        var model = await models.CurrentAsync(cancellationToken);
        var scorer = _scorer;
        if (scorer is null || scorer.Model.Version != model.Version)
        {
            scorer = new MatchScorer(ComparisonSet.Default, model);
            _scorer = scorer;
        }

        return scorer;
    }

    /// <summary>A State record under the criteria: by the fields its blocking keys carry, or as read.</summary>
    private sealed record SearchCandidate(string Key, string MsixId, MatchFields? Fields, ContributionDocument? Contribution);

    /// <summary>A candidate with its evidence against the criteria and that evidence's weight, as its keys or record tell it.</summary>
    private sealed record ScoredCandidate(SearchCandidate Candidate, MatchEvidence Evidence, double Score);
}
