namespace Msix.Domain.Audit;

/// <summary>
/// Where the exchange keeps its audit anchors, out of reach of whoever can write to its database: each set is
/// kept once and never changed or removed (in Azure, a blob container under an immutability policy).
/// </summary>
public interface IAuditAnchorArchive
{
    /// <summary>The anchors of the latest set kept; empty when none was.</summary>
    Task<IReadOnlyList<AuditAnchor>> LatestAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a set of anchors, all taken at the same time, beside the earlier ones.</summary>
    Task KeepAsync(IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken);
}
