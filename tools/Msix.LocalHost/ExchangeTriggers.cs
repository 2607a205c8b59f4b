using Microsoft.Azure.WebJobs;
using Msix.Adapters;
using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;
using Msix.Domain.Notices;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.LocalHost;

/// <summary>
/// The blob and queue triggers of the Functions app, on the WebJobs SDK: same names, same paths and queues,
/// same services. Locally the drop zone is watched by container scan instead of Event Grid.
/// </summary>
public sealed class ExchangeTriggers(SubmissionIngestor ingestor, ConsolidationService consolidation, NoticeDeliveryService delivery)
{
    [FunctionName("IngestSubmission")]
    public Task IngestSubmissionAsync(
        [BlobTrigger(BlobContainerNames.DropZoneTriggerPath, Connection = ConnectionNames.Storage)] Stream content,
        string state,
        string name,
        CancellationToken cancellationToken) =>
        ingestor.IngestAsync(state, $"{state}/{name}", content, cancellationToken);

    [FunctionName("ConsolidateContribution")]
    public Task ConsolidateContributionAsync(
        [QueueTrigger(QueueNames.Consolidate, Connection = ConnectionNames.Storage)] string message,
        CancellationToken cancellationToken) =>
        consolidation.ConsolidateAsync(QueueMessageJson.Read<ConsolidationRequest>(message), cancellationToken);

    [FunctionName("SendMoveNotice")]
    public Task SendMoveNoticeAsync(
        [QueueTrigger(QueueNames.Notify, Connection = ConnectionNames.Storage)] string message,
        CancellationToken cancellationToken) =>
        delivery.DeliverAsync(QueueMessageJson.Read<NoticeMessage>(message), cancellationToken);
}
