using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Decides what a record is, given the records its blocking keys found: the same child as an MSIX ID
/// (auto-link), perhaps the same child (near match, for a person), or a new child. Four rules hold a pair
/// back from auto-linking whatever its score (it becomes a near match): a State ID belongs to one child, so
/// a record never links automatically to an MSIX ID that already holds another record of the same State;
/// records of a multiple birth (twins) link automatically only when their first names are the same, and so
/// do records of one family (a parent, the surnames and the birth date agree: twins without the flag); and a
/// pair whose birth dates differ by more than a typo or a day-month swap is left to a person, since siblings
/// share surnames, parents and birthplace, often the first word of a compound first name too, and would
/// otherwise outscore the difference. Without parents' names, a pair with one surname and birth date under
/// different first names is decided by its score, where a different first name weighs what the model learnt.
/// </summary>
public sealed class IdentityMatcher(MatchScorer scorer, MatchThresholds thresholds)
{
    private readonly double _autoLinkWeight = MatchScorer.WeightOf(thresholds.AutoLinkProbability);
    private readonly double _nearMatchWeight = MatchScorer.WeightOf(thresholds.NearMatchProbability);
    private readonly int _firstName = ComparisonSet.Default.IndexOf("FirstName");
    private readonly int _birthDate = ComparisonSet.Default.IndexOf("BirthDate");
    private readonly int _lastName = ComparisonSet.Default.IndexOf("LastName");
    private readonly int _parentNames = ComparisonSet.Default.IndexOf("ParentNames");

    /// <summary>The scorer, and through it the model.</summary>
    public MatchScorer Scorer => scorer;

    /// <summary>Decides for <paramref name="record"/> among <paramref name="candidates"/>.</summary>
    /// <param name="record">The new record.</param>
    /// <param name="candidates">The linked records its blocking keys found (its own key among them is ignored).</param>
    /// <param name="identityHasStateRecord">
    /// Whether an MSIX ID already holds a record of a State under another State ID than the new record's; when
    /// null, only the candidates themselves are looked at.
    /// </param>
    public MatchDecision Decide(MatchRecord record, IEnumerable<MatchCandidate> candidates, Func<string, MatchRecord, bool>? identityHasStateRecord = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(candidates);
        var weigher = scorer.For(record);
        return Decide(record, candidates.Select(c => new WeighedCandidate(c, weigher.WeighAtLeast(c.Record, _nearMatchWeight))), identityHasStateRecord);
    }

    /// <summary>
    /// Decides for <paramref name="record"/> among candidates already weighed (by <see cref="MatchScorer.Weigh(MatchRecord, MatchRecord)"/>,
    /// or by <see cref="MatchScorer.WeighAtLeast"/> with the near-match weight as the floor).
    /// </summary>
    public MatchDecision Decide(MatchRecord record, IEnumerable<WeighedCandidate> weighed, Func<string, MatchRecord, bool>? identityHasStateRecord = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(weighed);
        var best = new Dictionary<string, (double Weight, MatchCandidate Candidate)>(StringComparer.Ordinal);
        var compared = 0;
        var sameStateIdentities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (candidate, weight) in weighed)
        {
            if (string.Equals(candidate.Record.Key, record.Key, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(candidate.Record.State, record.State, StringComparison.Ordinal))
            {
                sameStateIdentities.Add(candidate.MsixId);
            }

            compared++;
            if (!best.TryGetValue(candidate.MsixId, out var held) || weight > held.Weight)
            {
                best[candidate.MsixId] = (weight, candidate);
            }
        }

        var ranked = best.Values.Where(b => b.Weight >= _nearMatchWeight).OrderByDescending(b => b.Weight).ThenBy(b => b.Candidate.MsixId, StringComparer.Ordinal).ToList();
        var decisionThresholds = new DecisionThresholds(thresholds.AutoLinkProbability, thresholds.NearMatchProbability, scorer.Model.Version);
        if (ranked.Count == 0)
        {
            return new MatchDecision(MatchOutcome.NewIdentity, null, [], decisionThresholds, compared);
        }

        var scored = ranked.Take(thresholds.MaxNearMatches + 1).Select(b => Score(record, b.Candidate, sameStateIdentities, identityHasStateRecord)).ToList();
        var top = scored[0];
        if (ranked[0].Weight >= _autoLinkWeight && top.Hold.Length == 0)
        {
            return new MatchDecision(MatchOutcome.AutoLink, top, [.. scored.Skip(1).Take(thresholds.MaxNearMatches)], decisionThresholds, compared);
        }

        return new MatchDecision(MatchOutcome.NearMatch, null, [.. scored.Take(thresholds.MaxNearMatches)], decisionThresholds, compared);
    }

    private ScoredCandidate Score(MatchRecord record, MatchCandidate candidate, HashSet<string> sameStateIdentities, Func<string, MatchRecord, bool>? identityHasStateRecord)
    {
        var evidence = scorer.Explain(record, candidate.Record);
        return new ScoredCandidate(candidate.MsixId, candidate.Record.Key, evidence, HoldOf(record, candidate, evidence, sameStateIdentities, identityHasStateRecord));
    }

    private string HoldOf(MatchRecord record, MatchCandidate candidate, MatchEvidence evidence, HashSet<string> sameStateIdentities, Func<string, MatchRecord, bool>? identityHasStateRecord)
    {
        if (sameStateIdentities.Contains(candidate.MsixId) || (identityHasStateRecord?.Invoke(candidate.MsixId, record) ?? false))
        {
            return $"This MSIX ID already holds another {record.State} record: a State ID belongs to one child.";
        }

        var firstName = evidence.Fields[_firstName].Level;
        if ((record.MultipleBirth || candidate.Record.MultipleBirth) && firstName != FirstNameComparison.Exact)
        {
            return "A multiple birth with different first names: twins are never linked automatically.";
        }

        var birthDate = evidence.Fields[_birthDate].Level;
        if (firstName is FirstNameComparison.JaroWinkler70 or FirstNameComparison.Else && birthDate == BirthDateComparison.Exact &&
            evidence.Fields[_lastName].Level is LastNameComparison.Exact or LastNameComparison.FirstSurnameOnly or LastNameComparison.Crosswise &&
            evidence.Fields[_parentNames].Level is ParentNamesComparison.FirstAndLastName or ParentNamesComparison.FirstName)
        {
            return "One family and one birth date under different first names: twins, even without the multiple-birth flag, are never linked automatically.";
        }

        if (birthDate is BirthDateComparison.WithinAYear or BirthDateComparison.Else)
        {
            return "The birth dates differ by more than a typo: a sibling may share everything else.";
        }

        return "";
    }
}
