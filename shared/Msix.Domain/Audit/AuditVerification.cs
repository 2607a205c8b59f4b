namespace Msix.Domain.Audit;

/// <summary>What verifying a chain found.</summary>
/// <param name="Chain">The chain's name.</param>
/// <param name="EntriesChecked">The entries whose hash and link were found right, from the first on.</param>
/// <param name="BrokenAtSeq">The first position where the chain is broken; null when it is whole.</param>
/// <param name="Problem">How it is broken there.</param>
/// <param name="Reason">A sentence about it, without personal data.</param>
public sealed record AuditVerification(string Chain, long EntriesChecked, long? BrokenAtSeq, AuditBreak? Problem, string? Reason)
{
    /// <summary>Whether the chain is whole.</summary>
    public bool Ok => BrokenAtSeq is null;
}
