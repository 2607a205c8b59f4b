namespace Msix.Domain.Storage;

/// <summary>Read, change and write back a document until no one else changed it in between.</summary>
public static class OptimisticUpdate
{
    private const int MaxAttempts = 50;

    /// <summary>
    /// Applies <paramref name="change"/> to the stored document (null when there is none) and writes the
    /// result with the version it was read at, retrying from a fresh read when someone else wrote first.
    /// When <paramref name="change"/> returns null nothing is written. Returns what is stored at the end.
    /// </summary>
    public static async Task<Stored<T>?> UpdateAsync<T>(
        this IDocumentStore<T> store,
        string id,
        Func<T?, T?> change,
        CancellationToken cancellationToken)
        where T : class, IDocument
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await store.ReadAsync(id, cancellationToken);
            var changed = change(current?.Document);
            if (changed is null)
            {
                return current;
            }

            if (!string.Equals(changed.Id, id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A change to document '{id}' may not change its id.");
            }

            var written = current is null
                ? await store.TryCreateAsync(changed, cancellationToken)
                : await store.TryReplaceAsync(changed, current.ETag, cancellationToken);
            if (written is not null)
            {
                return written;
            }

            // Someone else wrote first: back off a little, then start again from what they wrote.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
        }

        throw new InvalidOperationException($"Document '{id}' kept changing under {MaxAttempts} attempts to update it.");
    }
}
