namespace Msix.Domain.Audit;

/// <summary>One page of a chain, newest entry first.</summary>
/// <param name="Chain">The chain's name.</param>
/// <param name="Entries">The entries, newest first (an entry missing from the store is left out, not filled in).</param>
/// <param name="NextBeforeSeq">The <c>beforeSeq</c> of the next (older) page; null on the last page.</param>
public sealed record AuditPage(string Chain, IReadOnlyList<AuditEntry> Entries, long? NextBeforeSeq);
