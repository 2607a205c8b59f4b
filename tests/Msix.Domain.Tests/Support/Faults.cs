using Msix.Domain.Messaging;
using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>The crash a test provokes: the process stopping in the middle of a submission.</summary>
internal sealed class SimulatedCrashException(string message) : Exception(message);

/// <summary>
/// A switch shared by the faulty doubles below: once armed, it lets a number of operations through and then
/// fails every one after them, like a process that died; disarmed, it lets everything through.
/// </summary>
internal sealed class Fault
{
    private long _remaining = long.MaxValue;

    public void ArmAfter(int operations) => Interlocked.Exchange(ref _remaining, operations);

    public void Disarm() => Interlocked.Exchange(ref _remaining, long.MaxValue);

    public void Pass(string operation)
    {
        if (Interlocked.Decrement(ref _remaining) < 0)
        {
            throw new SimulatedCrashException($"Simulated crash at {operation}.");
        }
    }
}

/// <summary>A message sender that fails when its <see cref="Fault"/> says so.</summary>
internal sealed class CrashingMessageSender(IMessageSender inner, Fault fault) : IMessageSender
{
    public Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken)
    {
        fault.Pass("send");
        return inner.SendAsync(queueName, message, cancellationToken);
    }
}

/// <summary>A document store whose writes fail when its <see cref="Fault"/> says so; reads always work.</summary>
internal sealed class CrashingDocumentStore<T>(IDocumentStore<T> inner, Fault fault) : IDocumentStore<T>
    where T : class, IDocument
{
    public Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken) => inner.ReadAsync(id, cancellationToken);

    public Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken)
    {
        fault.Pass("create");
        return inner.TryCreateAsync(document, cancellationToken);
    }

    public Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken)
    {
        fault.Pass("replace");
        return inner.TryReplaceAsync(document, etag, cancellationToken);
    }

    public Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken)
    {
        fault.Pass("upsert");
        return inner.UpsertAsync(document, cancellationToken);
    }
}
