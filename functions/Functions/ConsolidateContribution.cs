using Microsoft.Azure.Functions.Worker;
using Msix.Adapters;
using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;

namespace Msix.Functions.Functions;

/// <summary>A State's contribution changed: link it to its child and merge it into the consolidated record.</summary>
public sealed class ConsolidateContribution(ConsolidationService consolidation)
{
    [Function(nameof(ConsolidateContribution))]
    public Task RunAsync(
        [QueueTrigger(QueueNames.Consolidate, Connection = ConnectionNames.Storage)] string message,
        CancellationToken cancellationToken) =>
        consolidation.ConsolidateAsync(QueueMessageJson.Read<ConsolidationRequest>(message), cancellationToken);
}
