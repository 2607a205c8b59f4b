using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Storage;

public sealed class OptimisticUpdateTests
{
    private sealed record Counter(string Id, int Value) : IDocument;

    [Fact]
    public async Task Parallel_updates_are_never_lost()
    {
        var store = new InMemoryDocumentStore<Counter>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
            await store.UpdateAsync("c", c => new Counter("c", (c?.Value ?? 0) + 1), ct));
        Assert.Equal(200, (await store.ReadAsync("c", CancellationToken.None))!.Document.Value);
    }

    [Fact]
    public async Task A_change_that_returns_null_writes_nothing()
    {
        var store = new InMemoryDocumentStore<Counter>();
        var before = await store.UpsertAsync(new Counter("c", 1), CancellationToken.None);
        var after = await store.UpdateAsync("c", _ => null, CancellationToken.None);
        Assert.Equal(before.ETag, after!.ETag);
    }

    [Fact]
    public async Task Replace_with_a_stale_etag_is_refused()
    {
        var store = new InMemoryDocumentStore<Counter>();
        var first = await store.UpsertAsync(new Counter("c", 1), CancellationToken.None);
        await store.UpsertAsync(new Counter("c", 2), CancellationToken.None);
        Assert.Null(await store.TryReplaceAsync(new Counter("c", 3), first.ETag, CancellationToken.None));
        Assert.Null(await store.TryCreateAsync(new Counter("c", 4), CancellationToken.None));
        Assert.Equal(2, (await store.ReadAsync("c", CancellationToken.None))!.Document.Value);
    }
}
