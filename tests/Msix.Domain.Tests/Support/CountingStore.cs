using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>A store that counts the point reads it serves.</summary>
public sealed class CountingStore<T>(IDocumentStore<T> inner) : IDocumentStore<T>
    where T : class, IDocument
{
    private int _reads;

    public int Reads => _reads;

    public Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(id, cancellationToken);
    }

    public Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken) => inner.TryCreateAsync(document, cancellationToken);

    public Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken) => inner.TryReplaceAsync(document, etag, cancellationToken);

    public Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken) => inner.UpsertAsync(document, cancellationToken);
}
