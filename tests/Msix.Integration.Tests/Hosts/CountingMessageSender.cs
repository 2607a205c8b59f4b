using System.Collections.Concurrent;
using Msix.Domain.Messaging;

namespace Msix.Integration.Tests.Hosts;

/// <summary>Passes every message on to the real sender and keeps a copy, so a test can tell that nothing was sent.</summary>
public sealed class CountingMessageSender(IMessageSender inner) : IMessageSender
{
    private readonly ConcurrentQueue<(string Queue, object Message)> _sent = new();

    public IReadOnlyList<(string Queue, object Message)> Sent => [.. _sent];

    public async Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken)
    {
        await inner.SendAsync(queueName, message, cancellationToken);
        _sent.Enqueue((queueName, message!));
    }
}
