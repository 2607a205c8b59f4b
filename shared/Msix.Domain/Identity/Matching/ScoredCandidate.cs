namespace Msix.Domain.Identity.Matching;

/// <summary>The best-scoring record of one MSIX ID against the new record, and why it may not link automatically.</summary>
/// <param name="MsixId">The MSIX ID.</param>
/// <param name="Key">The key of its best-scoring record.</param>
/// <param name="Evidence">The evidence of that pair.</param>
/// <param name="Hold">Why a person must decide even at a high score (empty when nothing holds it).</param>
public sealed record ScoredCandidate(string MsixId, string Key, MatchEvidence Evidence, string Hold);
