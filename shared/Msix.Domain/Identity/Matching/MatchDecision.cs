namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The matcher's decision for one record, with its evidence: the MSIX ID it links to (for an auto-link), the
/// near matches for a person, and the thresholds in force.
/// </summary>
/// <param name="Outcome">Auto-link, near match or new identity.</param>
/// <param name="Link">The candidate linked to (for an auto-link).</param>
/// <param name="NearMatches">The candidates a person should look at, most probable first.</param>
/// <param name="Thresholds">The auto-link and near-match probabilities in force.</param>
/// <param name="CandidatesCompared">How many records were compared.</param>
public sealed record MatchDecision(
    MatchOutcome Outcome,
    ScoredCandidate? Link,
    IReadOnlyList<ScoredCandidate> NearMatches,
    DecisionThresholds Thresholds,
    int CandidatesCompared);

/// <summary>The thresholds a decision was made with.</summary>
/// <param name="AutoLinkProbability">At or above: auto-link.</param>
/// <param name="NearMatchProbability">At or above: near match.</param>
/// <param name="ModelVersion">The model version.</param>
public sealed record DecisionThresholds(double AutoLinkProbability, double NearMatchProbability, int ModelVersion);
