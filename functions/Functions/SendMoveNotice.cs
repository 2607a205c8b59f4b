using Microsoft.Azure.Functions.Worker;
using Msix.Adapters;
using Msix.Domain.Messaging;
using Msix.Domain.Notices;

namespace Msix.Functions.Functions;

/// <summary>Queue "notify": emails one move notice to its receiving State's contacts (retried by the queue, then poison).</summary>
public sealed class SendMoveNotice(NoticeDeliveryService delivery)
{
    [Function(nameof(SendMoveNotice))]
    public Task RunAsync(
        [QueueTrigger(QueueNames.Notify, Connection = ConnectionNames.Storage)] string message,
        CancellationToken cancellationToken) =>
        delivery.DeliverAsync(QueueMessageJson.Read<NoticeMessage>(message), cancellationToken);
}
