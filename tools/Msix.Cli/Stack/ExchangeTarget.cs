using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters;
using Msix.DevStack;

namespace Msix.Cli.Stack;

/// <summary>
/// The exchange's stores as a maintenance command reaches them: the connection strings given, else those
/// in the environment (MsixCosmos, MsixStorage), else the local stack's emulators at their usual ports.
/// </summary>
internal sealed record ExchangeTarget(string? ConnectionString, int Port, string Database, string? StorageConnectionString = null)
{
    public const int DefaultCosmosPort = 8081;

    public static ExchangeTarget From(string? connection, int cosmosPort, string? database, string? storage = null) =>
        new(
            connection ?? Environment.GetEnvironmentVariable(ConnectionNames.Cosmos) ?? Environment.GetEnvironmentVariable("ConnectionStrings__" + ConnectionNames.Cosmos),
            cosmosPort,
            database ?? Environment.GetEnvironmentVariable("Msix__Cosmos__DatabaseName") ?? "msix",
            storage ?? Environment.GetEnvironmentVariable(ConnectionNames.Storage) ?? "UseDevelopmentStorage=true");

    public string Connection => string.IsNullOrWhiteSpace(ConnectionString)
        ? string.Create(CultureInfo.InvariantCulture, $"AccountEndpoint=http://127.0.0.1:{Port}/;AccountKey={CosmosEmulator.AccountKey};")
        : ConnectionString;

    public string Endpoint
    {
        get
        {
            try
            {
                var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = Connection };
                return builder.TryGetValue("AccountEndpoint", out var endpoint) ? endpoint?.ToString() ?? "?" : "?";
            }
            catch (ArgumentException)
            {
                return "?";
            }
        }
    }

    /// <summary>The adapters over these stores (nothing is created).</summary>
    public ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ConnectionNames.Cosmos] = Connection,
                [ConnectionNames.Storage] = StorageConnectionString,
                ["Msix:Cosmos:DatabaseName"] = Database,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMsixAzureAdapters(configuration);
        return services.BuildServiceProvider();
    }
}
