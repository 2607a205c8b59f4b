using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Adapters.Cosmos;
using Msix.Adapters.Mail;
using Msix.Adapters.Setup;
using Msix.Adapters.Storage;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Notices;
using Msix.Domain.Messaging;
using Msix.Domain.Reports;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Adapters;

/// <summary>Registers the adapters from the domain's ports to Cosmos DB, Blob Storage, Queue Storage and an SMTP relay.</summary>
public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// Registers a document store for each stored document type, the receipt store, the drop zone and the
    /// message sender, with their clients from the connections "MsixCosmos" and "MsixStorage", and the
    /// setup that creates the database, containers and queues at start (see <see cref="ExchangeStorageSetup"/>);
    /// and the mail sender, over SMTP with the settings "Msix:Smtp" (see <see cref="SmtpOptions"/>), which are
    /// validated on the first send rather than at start, so the hosts and tools that send no mail need none.
    /// </summary>
    public static IServiceCollection AddMsixAzureAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CosmosOptions>()
            .Bind(configuration.GetSection(CosmosOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName));

        services.TryAddSingleton(_ => CosmosClientFactory.Create(configuration));
        services.TryAddSingleton(sp => sp.GetRequiredService<CosmosClient>()
            .GetDatabase(sp.GetRequiredService<IOptions<CosmosOptions>>().Value.DatabaseName));
        services.AddCosmosDocumentStore<SubmissionDocument>();
        services.AddCosmosDocumentStore<ContributionDocument>();
        services.AddCosmosDocumentStore<IdentityLink>();
        services.AddCosmosDocumentStore<ConsolidatedRecord>();
        services.AddCosmosDocumentStore<BlockingKeyDocument>();
        services.AddCosmosDocumentStore<MatchModel>();
        services.AddCosmosDocumentStore<NearMatchItem>();
        services.AddCosmosDocumentStore<StateWorklist>();
        services.AddCosmosDocumentStore<IdentityChange>();
        services.AddCosmosDocumentStore<MoveNotice>();
        services.AddCosmosDocumentStore<StateContacts>();
        services.AddCosmosDocumentStore<StateNotices>();
        services.AddCosmosDocumentStore<NoticeDelivery>();
        services.AddCosmosDocumentStore<AuditEntry>();
        services.AddCosmosDocumentStore<AuditSeal>();
        services.AddCosmosDocumentStore<AuditChainHead>();
        services.AddCosmosDocumentStore<PeriodReportsDocument>();
        services.AddCosmosDocumentStore<ChildListPage>();

        services.AddAzureClients(clients =>
        {
            clients.AddClient<BlobServiceClient, BlobClientOptions>(options => StorageClientFactory.CreateBlobServiceClient(configuration, options))
                .WithName(ConnectionNames.Storage);
            clients.AddClient<QueueServiceClient, QueueClientOptions>(options => StorageClientFactory.CreateQueueServiceClient(configuration, options))
                .WithName(ConnectionNames.Storage);
        });

        services.TryAddSingleton<IReceiptStore>(sp => new BlobReceiptStore(StorageBlobs(sp)));
        services.TryAddSingleton<IAuditAnchorArchive>(sp => new BlobAuditAnchorArchive(StorageBlobs(sp)));
        services.TryAddSingleton<IDropZone>(sp => new BlobDropZone(StorageBlobs(sp)));
        services.TryAddSingleton<IMessageSender>(sp => new StorageQueueMessageSender(StorageQueues(sp)));

        // No ValidateOnStart: the CLI, the tests' hosts and a Functions app not yet given a relay start without "Msix:Smtp".
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .ValidateDataAnnotations();
        services.TryAddSingleton<IMailSender>(sp => new SmtpMailSender(
            sp.GetRequiredService<IOptions<SmtpOptions>>(),
            sp.GetRequiredService<ILogger<SmtpMailSender>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        services.TryAddSingleton(sp => new ExchangeStorageSetup(
            sp.GetRequiredService<CosmosClient>(),
            sp.GetRequiredService<IOptions<CosmosOptions>>(),
            sp.GetRequiredService<IOptions<StorageOptions>>(),
            StorageBlobs(sp),
            StorageQueues(sp),
            sp.GetRequiredService<ILogger<ExchangeStorageSetup>>()));
        services.AddHostedService<ExchangeStorageSetupService>();
        return services;
    }

    /// <summary>Registers the Cosmos DB store of documents of type <typeparamref name="T"/>, in the container named for it.</summary>
    public static IServiceCollection AddCosmosDocumentStore<T>(this IServiceCollection services)
        where T : class, IDocument
    {
        services.TryAddSingleton(sp => new CosmosDocumentStore<T>(
            sp.GetRequiredService<Database>().GetContainer(CosmosContainerNames.For<T>()),
            sp.GetRequiredService<ILogger<CosmosDocumentStore<T>>>()));
        services.TryAddSingleton<IDocumentStore<T>>(sp => sp.GetRequiredService<CosmosDocumentStore<T>>());
        services.TryAddSingleton<IDocumentFeed<T>>(sp => sp.GetRequiredService<CosmosDocumentStore<T>>());
        return services;
    }

    /// <summary>The Blob service client of the connection "MsixStorage".</summary>
    public static BlobServiceClient StorageBlobs(IServiceProvider services) =>
        services.GetRequiredService<IAzureClientFactory<BlobServiceClient>>().CreateClient(ConnectionNames.Storage);

    /// <summary>The Queue service client of the connection "MsixStorage" (Base64 message bodies).</summary>
    public static QueueServiceClient StorageQueues(IServiceProvider services) =>
        services.GetRequiredService<IAzureClientFactory<QueueServiceClient>>().CreateClient(ConnectionNames.Storage);
}
