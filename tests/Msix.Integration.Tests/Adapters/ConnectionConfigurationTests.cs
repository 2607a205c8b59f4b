using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Msix.Adapters;
using Msix.Adapters.Cosmos;
using Msix.Adapters.Setup;
using Msix.Adapters.Storage;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Integration.Tests.Adapters;

/// <summary>How the connections are read from configuration: no emulator and no network needed.</summary>
public sealed class ConnectionConfigurationTests
{
    private const string CosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    [Fact]
    public void Identity_based_storage_settings_give_clients_on_the_service_URIs_with_Base64_queues()
    {
        var configuration = Configuration(new()
        {
            ["MsixStorage:blobServiceUri"] = "https://msixdata.blob.core.windows.net",
            ["MsixStorage:queueServiceUri"] = "https://msixdata.queue.core.windows.net",
            ["MsixStorage:credential"] = "managedidentity",
            ["MsixStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var blobs = StorageClientFactory.CreateBlobServiceClient(configuration, new BlobClientOptions());
        var queueOptions = new QueueClientOptions();
        var queues = StorageClientFactory.CreateQueueServiceClient(configuration, queueOptions);

        Assert.Equal("msixdata.blob.core.windows.net", blobs.Uri.Host);
        Assert.Equal("msixdata.queue.core.windows.net", queues.Uri.Host);
        Assert.Equal(QueueMessageEncoding.Base64, queueOptions.MessageEncoding);
    }

    [Fact]
    public void A_storage_connection_string_is_read_from_the_connection_name()
    {
        var configuration = Configuration(new() { ["MsixStorage"] = "UseDevelopmentStorage=true" });

        var blobs = StorageClientFactory.CreateBlobServiceClient(configuration, new BlobClientOptions());

        Assert.Equal("devstoreaccount1", blobs.AccountName);
    }

    [Fact]
    public void Missing_storage_settings_say_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StorageClientFactory.CreateBlobServiceClient(Configuration(new()), new BlobClientOptions()));

        Assert.Contains("MsixStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_cosmos_connection_string_gets_gateway_mode_on_its_own_endpoint()
    {
        using var client = CosmosClientFactory.Create(Configuration(new()
        {
            ["ConnectionStrings:MsixCosmos"] = $"AccountEndpoint=http://127.0.0.1:8081/;AccountKey={CosmosKey};",
        }));

        Assert.Equal(new Uri("http://127.0.0.1:8081/"), client.Endpoint);
        Assert.Equal(ConnectionMode.Gateway, client.ClientOptions.ConnectionMode);
        Assert.True(client.ClientOptions.LimitToEndpoint);
    }

    [Fact]
    public void Identity_based_cosmos_settings_use_the_account_endpoint_and_direct_mode()
    {
        using var client = CosmosClientFactory.Create(Configuration(new()
        {
            ["MsixCosmos:accountEndpoint"] = "https://msix.documents.azure.com:443/",
            ["MsixCosmos:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal("msix.documents.azure.com", client.Endpoint.Host);
        Assert.Equal(ConnectionMode.Direct, client.ClientOptions.ConnectionMode);
        Assert.False(client.ClientOptions.LimitToEndpoint);
    }

    [Fact]
    public void Missing_cosmos_settings_say_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CosmosClientFactory.Create(Configuration(new())));

        Assert.Contains("MsixCosmos__accountEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_adapters_register_every_port_and_the_setup()
    {
        var configuration = Configuration(new()
        {
            ["MsixStorage"] = "UseDevelopmentStorage=true",
            ["MsixCosmos"] = $"AccountEndpoint=http://127.0.0.1:8081/;AccountKey={CosmosKey};",
            ["Msix:Cosmos:DatabaseName"] = "exchange",
        });
        using var services = new ServiceCollection()
            .AddLogging()
            .AddMsixAzureAdapters(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<CosmosDocumentStore<SubmissionDocument>>(services.GetRequiredService<IDocumentStore<SubmissionDocument>>());
        Assert.IsType<CosmosDocumentStore<ContributionDocument>>(services.GetRequiredService<IDocumentStore<ContributionDocument>>());
        Assert.IsType<CosmosDocumentStore<IdentityLink>>(services.GetRequiredService<IDocumentStore<IdentityLink>>());
        Assert.IsType<CosmosDocumentStore<ConsolidatedRecord>>(services.GetRequiredService<IDocumentStore<ConsolidatedRecord>>());
        Assert.IsType<BlobReceiptStore>(services.GetRequiredService<IReceiptStore>());
        Assert.IsType<BlobDropZone>(services.GetRequiredService<IDropZone>());
        Assert.IsType<StorageQueueMessageSender>(services.GetRequiredService<IMessageSender>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is ExchangeStorageSetupService);
        Assert.Equal("exchange", services.GetRequiredService<IOptions<CosmosOptions>>().Value.DatabaseName);
        Assert.False(services.GetRequiredService<IOptions<CosmosOptions>>().Value.CreateIfNotExists);
    }

    [Fact]
    public void A_database_name_Cosmos_cannot_hold_is_refused()
    {
        var configuration = Configuration(new()
        {
            ["MsixStorage"] = "UseDevelopmentStorage=true",
            ["MsixCosmos"] = $"AccountEndpoint=http://127.0.0.1:8081/;AccountKey={CosmosKey};",
            ["Msix:Cosmos:DatabaseName"] = "a/b",
        });
        using var services = new ServiceCollection().AddLogging().AddMsixAzureAdapters(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CosmosOptions>>().Value);
    }

    [Fact]
    public void Every_document_type_maps_to_its_container()
    {
        Assert.Equal(CosmosContainerNames.Submissions, CosmosContainerNames.For<SubmissionDocument>());
        Assert.Equal(CosmosContainerNames.Contributions, CosmosContainerNames.For<ContributionDocument>());
        Assert.Equal(CosmosContainerNames.Identities, CosmosContainerNames.For<IdentityLink>());
        Assert.Equal(CosmosContainerNames.Students, CosmosContainerNames.For<ConsolidatedRecord>());
        Assert.Throws<ArgumentException>(() => CosmosContainerNames.For(typeof(string)));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
