using Msix.Domain.Audit;

namespace Msix.Domain.Tests.Support;

/// <summary>Sets of audit anchors kept in memory, in the order kept.</summary>
internal sealed class InMemoryAuditAnchorArchive : IAuditAnchorArchive
{
    private readonly List<IReadOnlyList<AuditAnchor>> _sets = [];

    /// <summary>Every set kept, oldest first.</summary>
    public IReadOnlyList<IReadOnlyList<AuditAnchor>> Sets => _sets;

    public Task<IReadOnlyList<AuditAnchor>> LatestAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_sets.Count == 0 ? (IReadOnlyList<AuditAnchor>)[] : _sets[^1]);

    public Task KeepAsync(IReadOnlyList<AuditAnchor> anchors, CancellationToken cancellationToken)
    {
        _sets.Add([.. anchors]);
        return Task.CompletedTask;
    }
}
