using System.Collections.Concurrent;
using Azure.Storage.Queues;
using Msix.Domain;
using Msix.Domain.Messaging;

namespace Msix.Adapters.Storage;

/// <summary>
/// Sends messages to Azure Storage queues as JSON (<see cref="MsixJson.Options"/>) in Base64 bodies, the
/// encoding the Functions queue trigger reads.
/// </summary>
public sealed class StorageQueueMessageSender : IMessageSender
{
    private readonly QueueServiceClient _queueService;
    private readonly ConcurrentDictionary<string, QueueClient> _queues = new(StringComparer.Ordinal);

    /// <param name="queueService">A client whose MessageEncoding is Base64 (see <see cref="StorageClientFactory"/>).</param>
    public StorageQueueMessageSender(QueueServiceClient queueService)
    {
        ArgumentNullException.ThrowIfNull(queueService);
        _queueService = queueService;
    }

    public async Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentNullException.ThrowIfNull(message);
        var queue = _queues.GetOrAdd(queueName, _queueService.GetQueueClient);
        await queue.SendMessageAsync(BinaryData.FromObjectAsJson(message, MsixJson.Options), cancellationToken: cancellationToken);
    }
}
