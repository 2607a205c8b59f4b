using System.Collections.Concurrent;
using System.Text.Json;

namespace Msix.Domain.Storage;

/// <summary>
/// A document store in memory with the same ETag rules as Cosmos DB, for unit tests and for tools that run
/// the domain without a database. Documents are kept serialized, so a caller never shares an instance with it.
/// </summary>
public sealed class InMemoryDocumentStore<T> : IDocumentStore<T>, IDocumentFeed<T>
    where T : class, IDocument
{
    private readonly ConcurrentDictionary<string, (string Json, string ETag)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    public int Count => _documents.Count;

    public IEnumerable<T> All => _documents.Values.Select(v => Deserialize(v.Json));

    /// <inheritdoc />
    public async IAsyncEnumerable<T> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var document in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }

        await Task.CompletedTask;
    }

    public Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.TryGetValue(id, out var v) ? new Stored<T>(Deserialize(v.Json), v.ETag) : null);

    public Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_writeLock)
        {
            if (_documents.ContainsKey(document.Id))
            {
                return Task.FromResult<Stored<T>?>(null);
            }

            return Task.FromResult<Stored<T>?>(Write(document));
        }
    }

    public Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_writeLock)
        {
            if (!_documents.TryGetValue(document.Id, out var current) || current.ETag != etag)
            {
                return Task.FromResult<Stored<T>?>(null);
            }

            return Task.FromResult<Stored<T>?>(Write(document));
        }
    }

    public Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_writeLock)
        {
            return Task.FromResult(Write(document));
        }
    }

    private Stored<T> Write(T document)
    {
        var json = JsonSerializer.Serialize(document, MsixJson.Options);
        var etag = Guid.NewGuid().ToString("N");
        _documents[document.Id] = (json, etag);
        return new Stored<T>(Deserialize(json), etag);
    }

    private static T Deserialize(string json) => JsonSerializer.Deserialize<T>(json, MsixJson.Options)!;
}
