using System.Data.Common;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Msix.Domain;

namespace Msix.Adapters.Cosmos;

/// <summary>
/// Creates the one CosmosClient of the connection "MsixCosmos": a connection string (ConnectionStrings:MsixCosmos
/// or MsixCosmos), or identity-based settings (MsixCosmos:accountEndpoint, with MsixCosmos:clientId for a
/// user-assigned managed identity). Documents are (de)serialized with <see cref="MsixJson.Options"/>.
/// </summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionNames.Cosmos);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration[ConnectionNames.Cosmos];
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new CosmosClient(connectionString, CreateOptions(AccountEndpointOf(connectionString)));
        }

        var connection = configuration.GetSection(ConnectionNames.Cosmos);
        var accountEndpoint = connection["accountEndpoint"];
        if (string.IsNullOrWhiteSpace(accountEndpoint) || !Uri.TryCreate(accountEndpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidOperationException(
                $"The Cosmos DB connection '{ConnectionNames.Cosmos}' is not configured: set {ConnectionNames.Cosmos} to a connection string, "
                + $"or {ConnectionNames.Cosmos}__accountEndpoint to the account's URL (with {ConnectionNames.Cosmos}__clientId for a user-assigned managed identity).");
        }

        return new CosmosClient(endpoint.ToString(), ConnectionCredential.From(connection), CreateOptions(endpoint));
    }

    /// <summary>
    /// Client options for <paramref name="endpoint"/>. A local emulator gets gateway mode and only its own
    /// endpoint: it answers over HTTP on one address and serves no direct (TCP) connections.
    /// </summary>
    public static CosmosClientOptions CreateOptions(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var options = new CosmosClientOptions
        {
            ApplicationName = "msix",
            UseSystemTextJsonSerializerWithOptions = MsixJson.Options,
        };
        if (LocalEndpoint.IsLocal(endpoint))
        {
            options.ConnectionMode = ConnectionMode.Gateway;
            options.LimitToEndpoint = true;
        }

        return options;
    }

    private static Uri AccountEndpointOf(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.TryGetValue("AccountEndpoint", out var value)
            && value is string text
            && Uri.TryCreate(text, UriKind.Absolute, out var endpoint))
        {
            return endpoint;
        }

        throw new InvalidOperationException($"The Cosmos DB connection string '{ConnectionNames.Cosmos}' has no valid AccountEndpoint.");
    }
}
