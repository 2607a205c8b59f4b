using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Msix.Adapters.Cosmos;
using Msix.Adapters.Setup;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

public sealed class ExchangeStorageSetupTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task Setup_creates_the_database_containers_blob_containers_and_queues_with_poison_queues()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await AdapterHarness.StartAsync(emulators, ct);
        var environment = harness.Environment;

        var database = harness.Get<CosmosClient>().GetDatabase(environment.DatabaseName);
        foreach (var name in CosmosContainerNames.All)
        {
            var properties = (await database.GetContainer(name).ReadContainerAsync(cancellationToken: ct)).Resource;
            Assert.Equal(CosmosContainerNames.PartitionKeyPath, properties.PartitionKeyPath);
        }

        var blobs = new BlobServiceClient(environment.StorageConnectionString);
        foreach (var name in new[] { BlobContainerNames.DropZone, BlobContainerNames.Receipts })
        {
            Assert.True((await blobs.GetBlobContainerClient(name).ExistsAsync(ct)).Value, name);
        }

        var queues = new QueueServiceClient(environment.StorageConnectionString);
        Assert.Contains(QueueNames.Consolidate, ExchangeQueues.All);
        foreach (var name in ExchangeQueues.All)
        {
            Assert.True((await queues.GetQueueClient(name).ExistsAsync(ct)).Value, name);
            Assert.True((await queues.GetQueueClient(name + QueueNames.PoisonSuffix).ExistsAsync(ct)).Value, name + QueueNames.PoisonSuffix);
        }
    }

    [Fact]
    public async Task Setup_runs_again_without_harm()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await AdapterHarness.StartAsync(emulators, ct);
        var store = harness.Get<IDocumentStore<Msix.Domain.Identity.IdentityLink>>();
        var link = new Msix.Domain.Identity.IdentityLink("TX-S-1", "TX", "S-1", "000000000001", "deterministic", DateTimeOffset.UnixEpoch);
        Assert.NotNull(await store.TryCreateAsync(link, ct));

        await harness.Get<ExchangeStorageSetup>().EnsureCreatedAsync(ct);

        Assert.NotNull(await store.ReadAsync(link.Id, ct));
    }
}
