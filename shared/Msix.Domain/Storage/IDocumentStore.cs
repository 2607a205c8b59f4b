namespace Msix.Domain.Storage;

/// <summary>
/// The port to a container of documents read and written by id (the partition key is the id), with
/// optimistic concurrency. No queries: listings are documents the exchange maintains itself.
/// </summary>
public interface IDocumentStore<T>
    where T : class, IDocument
{
    /// <summary>Reads a document; null when there is none with this id.</summary>
    Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken);

    /// <summary>Creates the document unless one with its id exists; null when one does.</summary>
    Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken);

    /// <summary>Replaces the document if it is still at version <paramref name="etag"/>; null when someone changed it first.</summary>
    Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken);

    /// <summary>Writes the document whatever is stored; only for documents that one writer owns.</summary>
    Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken);
}
