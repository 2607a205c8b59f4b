namespace Msix.Domain.Messaging;

/// <summary>The one port for sending messages between the exchange's functions.</summary>
public interface IMessageSender
{
    Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken);
}
