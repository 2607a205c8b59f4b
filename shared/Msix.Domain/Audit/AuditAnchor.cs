namespace Msix.Domain.Audit;

/// <summary>
/// A journal's end as it was found whole, written down outside the exchange (<c>msix audit anchor</c>): its last
/// seal's position and hash. Someone able to write to the store could remove a journal's last seals and move
/// its head back to match, or reseal its last seal and the head with it, and the journal alone would still
/// verify. Against an anchor kept elsewhere it does not: the journal must still reach the anchored seal, and
/// that seal must still have the anchored hash.
/// </summary>
/// <param name="Journal">The journal's name ("seal:" and its number).</param>
/// <param name="Seq">The position of its last seal when anchored.</param>
/// <param name="Hash">That seal's hash.</param>
/// <param name="AnchoredAt">When the anchor was taken.</param>
public sealed record AuditAnchor(string Journal, long Seq, string Hash, DateTimeOffset AnchoredAt);
