using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Msix.Domain;
using Msix.Domain.Storage;

namespace Msix.Adapters.Cosmos;

/// <summary>
/// A Cosmos DB container of documents whose id is their partition key ("/id"). Point reads and writes
/// only, never a query; ETags give optimistic concurrency. Each operation's status, request charge and
/// time are logged at Debug, without ids or content.
/// </summary>
public sealed partial class CosmosDocumentStore<T> : IDocumentStore<T>, IDocumentFeed<T>
    where T : class, IDocument
{
    private static readonly ItemRequestOptions WriteOptions = new() { EnableContentResponseOnWrite = false };

    private readonly Container _container;
    private readonly ILogger _logger;

    public CosmosDocumentStore(Container container, ILogger<CosmosDocumentStore<T>> logger)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(logger);
        _container = container;
        _logger = logger;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<T> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A query iterator without a query text reads the container's feed: no SQL is sent.
        using var feed = _container.GetItemQueryStreamIterator((string?)null);
        while (feed.HasMoreResults)
        {
            using var page = await feed.ReadNextAsync(cancellationToken);
            page.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(page.Content, cancellationToken: cancellationToken);
            foreach (var element in json.RootElement.GetProperty("Documents").EnumerateArray())
            {
                // A container may hold documents of other types too (the audit trail's heads beside its entries).
                if (element.TryGetProperty("id", out var id) && !CosmosContainerNames.Holds(typeof(T), id.GetString() ?? ""))
                {
                    continue;
                }

                yield return element.Deserialize<T>(MsixJson.Options)
                    ?? throw new InvalidDataException($"A document of the {_container.Id} container reads as null.");
            }
        }
    }

    public async Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        CheckId(id);
        using var response = await _container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        Trace("read", response);
        if (response.StatusCode == HttpStatusCode.NotFound && !IsMissingContainer(response))
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var document = await JsonSerializer.DeserializeAsync<T>(response.Content, MsixJson.Options, cancellationToken)
            ?? throw new InvalidOperationException($"A {typeof(T).Name} in container '{_container.Id}' is empty.");
        return new Stored<T>(document, ETagOf(response));
    }

    public async Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckId(document.Id);
        using var content = Serialize(document);
        using var response = await _container.CreateItemStreamAsync(content, new PartitionKey(document.Id), WriteOptions, cancellationToken);
        Trace("create", response);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return new Stored<T>(document, ETagOf(response));
    }

    public async Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        CheckId(document.Id);
        using var content = Serialize(document);
        var options = new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
        using var response = await _container.ReplaceItemStreamAsync(content, document.Id, new PartitionKey(document.Id), options, cancellationToken);
        Trace("replace", response);
        // 412: someone wrote a newer version; 404: someone removed it. Either way this change lost.
        if (response.StatusCode == HttpStatusCode.PreconditionFailed
            || (response.StatusCode == HttpStatusCode.NotFound && !IsMissingContainer(response)))
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return new Stored<T>(document, ETagOf(response));
    }

    public async Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckId(document.Id);
        using var content = Serialize(document);
        using var response = await _container.UpsertItemStreamAsync(content, new PartitionKey(document.Id), WriteOptions, cancellationToken);
        Trace("upsert", response);
        response.EnsureSuccessStatusCode();
        return new Stored<T>(document, ETagOf(response));
    }

    private static MemoryStream Serialize(T document) =>
        new(JsonSerializer.SerializeToUtf8Bytes(document, MsixJson.Options), writable: false);

    private string ETagOf(ResponseMessage response) =>
        response.Headers.ETag
        ?? throw new InvalidOperationException($"Cosmos DB answered without an ETag for a {typeof(T).Name} in container '{_container.Id}'.");

    // Cosmos DB tells a missing container or database (sub-status 1003) from a missing document.
    private static bool IsMissingContainer(ResponseMessage response) =>
        response.Headers["x-ms-substatus"] == "1003";

    private static void CheckId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (id.AsSpan().IndexOfAny(['/', '\\', '?', '#']) >= 0)
        {
            throw new ArgumentException("A document id may not contain '/', '\\', '?' or '#'.", nameof(id));
        }
    }

    private void Trace(string operation, ResponseMessage response)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = response.Diagnostics?.GetClientElapsedTime().TotalMilliseconds ?? 0;
            LogOperation(_logger, operation, _container.Id, (int)response.StatusCode, response.Headers.RequestCharge, elapsed);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cosmos DB {Operation} in {Container}: status {StatusCode}, {RequestCharge} RU, {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogOperation(ILogger logger, string operation, string container, int statusCode, double requestCharge, double elapsedMilliseconds);
}
