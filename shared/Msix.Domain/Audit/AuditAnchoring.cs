namespace Msix.Domain.Audit;

/// <summary>What anchoring the journals found: each journal's verification, and the anchors (none when any journal is broken).</summary>
public sealed record AuditAnchoring(IReadOnlyList<AuditVerification> Verifications, IReadOnlyList<AuditAnchor> Anchors);
