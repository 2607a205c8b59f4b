using System.Collections.Concurrent;
using Msix.Domain.Messaging;

namespace Msix.Domain.Tests.Support;

/// <summary>Keeps the messages sent, in order, for tests to read.</summary>
internal sealed class RecordingMessageSender : IMessageSender
{
    public ConcurrentQueue<(string Queue, object Message)> Sent { get; } = new();

    public Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((queueName, message!));
        return Task.CompletedTask;
    }
}
