using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters;
using Msix.Domain;

namespace Msix.Integration.Tests.Infrastructure;

/// <summary>
/// One test's own storage account and Cosmos DB database on the shared emulators: nothing it writes is
/// seen by another test. <see cref="Settings"/> are the configuration a host reads (for example through
/// WebApplicationFactory's UseSetting or an in-memory configuration source).
/// </summary>
public sealed class TestEnvironment
{
    public TestEnvironment(string storageAccountName, string storageConnectionString, string cosmosConnectionString, string databaseName)
    {
        StorageAccountName = storageAccountName;
        StorageConnectionString = storageConnectionString;
        CosmosConnectionString = cosmosConnectionString;
        DatabaseName = databaseName;
        Settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["MsixStorage"] = storageConnectionString,
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["MsixCosmos"] = cosmosConnectionString,
            ["Msix:Cosmos:DatabaseName"] = databaseName,
            ["Msix:Cosmos:CreateIfNotExists"] = "true",
            ["Msix:Storage:CreateIfNotExists"] = "true",
        };
    }

    public string StorageAccountName { get; }

    /// <summary>The connection string of this test's own Azurite account.</summary>
    public string StorageConnectionString { get; }

    public string CosmosConnectionString { get; }

    /// <summary>This test's own Cosmos DB database (created by the exchange's setup when it starts).</summary>
    public string DatabaseName { get; }

    /// <summary>Configuration keys and values: MsixStorage, AzureWebJobsStorage, MsixCosmos, Msix:Cosmos:*, Msix:Storage:*.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary><see cref="Settings"/> as a configuration, with <paramref name="overrides"/> on top.</summary>
    public IConfigurationRoot BuildConfiguration(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = new ConfigurationBuilder().AddInMemoryCollection(Settings);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        return builder.Build();
    }

    /// <summary>The exchange's services over this environment, as a host registers them (domain and adapters), storage not yet set up.</summary>
    public ServiceProvider CreateExchangeServices()
    {
        var configuration = BuildConfiguration();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddMsixDomain()
            .AddMsixAzureAdapters(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
