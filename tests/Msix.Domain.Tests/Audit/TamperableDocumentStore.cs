using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Audit;

/// <summary>
/// A document store over <see cref="InMemoryDocumentStore{T}"/> that can also remove a document (as someone
/// with write access to the container could), and yields before every operation so that parallel writers
/// interleave as they would against a database.
/// </summary>
internal sealed class TamperableDocumentStore<T> : IDocumentStore<T>
    where T : class, IDocument
{
    private readonly InMemoryDocumentStore<T> _inner = new();
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _corrupted = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _held;

    public int Reads { get; private set; }

    /// <summary>Documents created (not counting creates refused).</summary>
    public int Creates { get; private set; }

    /// <summary>When set, every create waits for it first (and throws what it is faulted with).</summary>
    public TaskCompletionSource? CreateGate { get; set; }

    /// <summary>Creates waiting at <see cref="CreateGate"/>.</summary>
    public int CreatesHeld => Volatile.Read(ref _held);

    /// <summary>Creates refused because the id was taken: how often writers raced for one position.</summary>
    public int CreateConflicts { get; private set; }

    /// <summary>Removes a document: reads find nothing, and its id is free again.</summary>
    public void Remove(string id)
    {
        lock (_lock)
        {
            _removed.Add(id);
        }
    }

    /// <summary>Overwrites a document with JSON that no longer reads as a <typeparamref name="T"/>.</summary>
    public void Corrupt(string id)
    {
        lock (_lock)
        {
            _corrupted.Add(id);
        }
    }

    public async Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (_lock)
        {
            Reads++;
            if (_corrupted.Contains(id))
            {
                throw new System.Text.Json.JsonException($"The stored document {id} does not read as a {typeof(T).Name}.");
            }

            if (_removed.Contains(id))
            {
                return null;
            }
        }

        return await _inner.ReadAsync(id, cancellationToken);
    }

    public async Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await Task.Yield();
        if (CreateGate is { } gate)
        {
            Interlocked.Increment(ref _held);
            try
            {
                await gate.Task;
            }
            finally
            {
                Interlocked.Decrement(ref _held);
            }
        }

        lock (_lock)
        {
            if (_removed.Remove(document.Id))
            {
                Creates++;
                return _inner.UpsertAsync(document, cancellationToken).Result;
            }

            var created = _inner.TryCreateAsync(document, cancellationToken).Result;
            CreateConflicts += created is null ? 1 : 0;
            Creates += created is null ? 0 : 1;
            return created;
        }
    }

    public async Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await Task.Yield();
        lock (_lock)
        {
            return _removed.Contains(document.Id) ? null : _inner.TryReplaceAsync(document, etag, cancellationToken).Result;
        }
    }

    public async Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await Task.Yield();
        lock (_lock)
        {
            _removed.Remove(document.Id);
            return _inner.UpsertAsync(document, cancellationToken).Result;
        }
    }
}
