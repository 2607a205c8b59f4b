namespace Msix.Domain.Identity.Matching;

/// <summary>A record already linked to an MSIX ID, which a new record may be the same child as.</summary>
/// <param name="Record">The linked record.</param>
/// <param name="MsixId">Its MSIX ID.</param>
public sealed record MatchCandidate(MatchRecord Record, string MsixId);
