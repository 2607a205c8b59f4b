using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Adapters.Cosmos;
using Msix.Adapters.Storage;
using Msix.Domain.Storage;

namespace Msix.Adapters.Setup;

/// <summary>
/// Creates what the exchange stores into when it is missing: the Cosmos DB database and containers, the
/// blob containers, and the queues with their poison queues. In Azure the infrastructure creates them and
/// this does nothing unless asked (CreateIfNotExists); against local emulators it always runs.
/// </summary>
public sealed partial class ExchangeStorageSetup
{
    private readonly CosmosClient _cosmos;
    private readonly CosmosOptions _cosmosOptions;
    private readonly StorageOptions _storageOptions;
    private readonly BlobServiceClient _blobs;
    private readonly QueueServiceClient _queues;
    private readonly ILogger<ExchangeStorageSetup> _logger;

    public ExchangeStorageSetup(
        CosmosClient cosmos,
        IOptions<CosmosOptions> cosmosOptions,
        IOptions<StorageOptions> storageOptions,
        BlobServiceClient blobs,
        QueueServiceClient queues,
        ILogger<ExchangeStorageSetup> logger)
    {
        ArgumentNullException.ThrowIfNull(cosmos);
        ArgumentNullException.ThrowIfNull(cosmosOptions);
        ArgumentNullException.ThrowIfNull(storageOptions);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(logger);
        _cosmos = cosmos;
        _cosmosOptions = cosmosOptions.Value;
        _storageOptions = storageOptions.Value;
        _blobs = blobs;
        _queues = queues;
        _logger = logger;
    }

    /// <summary>Creates what is missing where asked to (or where the service is a local emulator).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var cosmos = _cosmosOptions.CreateIfNotExists || LocalEndpoint.IsLocal(_cosmos.Endpoint)
            ? CreateCosmosAsync(cancellationToken)
            : Task.CompletedTask;
        var storage = _storageOptions.CreateIfNotExists || (LocalEndpoint.IsLocal(_blobs.Uri) && LocalEndpoint.IsLocal(_queues.Uri))
            ? CreateStorageAsync(cancellationToken)
            : Task.CompletedTask;
        await Task.WhenAll(cosmos, storage);
    }

    /// <summary>Creates the Cosmos DB database and its containers (partition key "/id") when missing.</summary>
    public async Task CreateCosmosAsync(CancellationToken cancellationToken)
    {
        var database = (await _cosmos.CreateDatabaseIfNotExistsAsync(_cosmosOptions.DatabaseName, cancellationToken: cancellationToken)).Database;
        await Task.WhenAll(CosmosContainerNames.All.Select(name =>
            database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, CosmosContainerNames.PartitionKeyPath), cancellationToken: cancellationToken)));
        LogCosmosReady(_logger, _cosmosOptions.DatabaseName, CosmosContainerNames.All.Count);
    }

    /// <summary>Creates the blob containers and the queues with their poison queues when missing.</summary>
    public async Task CreateStorageAsync(CancellationToken cancellationToken)
    {
        string[] containers = [BlobContainerNames.DropZone, BlobContainerNames.Receipts, BlobContainerNames.AuditAnchors];
        var blobTasks = containers.Select(name => _blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        var queueTasks = ExchangeQueues.AllWithPoison.Select(name => _queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        await Task.WhenAll(blobTasks.Cast<Task>().Concat(queueTasks));
        LogStorageReady(_logger, containers.Length, ExchangeQueues.AllWithPoison.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cosmos DB database {Database} and its {ContainerCount} containers are ready")]
    private static partial void LogCosmosReady(ILogger logger, string database, int containerCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ContainerCount} blob containers and {QueueCount} queues are ready")]
    private static partial void LogStorageReady(ILogger logger, int containerCount, int queueCount);
}
