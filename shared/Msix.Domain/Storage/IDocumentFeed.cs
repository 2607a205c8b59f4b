namespace Msix.Domain.Storage;

/// <summary>Every document of one type, read front to back as a feed (no query): for the jobs that look at them all.</summary>
public interface IDocumentFeed<T>
    where T : class, IDocument
{
    /// <summary>Each document once, in no particular order.</summary>
    IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken);
}
