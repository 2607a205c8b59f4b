namespace Msix.Domain.Identity.Matching;

/// <summary>A candidate and its match weight against the record being decided.</summary>
/// <param name="Candidate">The linked record.</param>
/// <param name="Weight">The pair's match weight (bits).</param>
public readonly record struct WeighedCandidate(MatchCandidate Candidate, double Weight);
