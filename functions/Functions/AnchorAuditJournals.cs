using Microsoft.Azure.Functions.Worker;
using Msix.Domain.Audit;

namespace Msix.Functions.Functions;

/// <summary>
/// Timer (<c>Msix:Audit:AnchorSchedule</c>, daily by default): holds every audit journal to its latest anchor,
/// checks the seals written since, and keeps a new set of anchors in the immutable "audit-anchors" container.
/// </summary>
public sealed class AnchorAuditJournals(AuditAnchorService anchors)
{
    [Function(nameof(AnchorAuditJournals))]
    public Task RunAsync(
        [TimerTrigger("%Msix:Audit:AnchorSchedule%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        anchors.AnchorAsync(cancellationToken);
}
