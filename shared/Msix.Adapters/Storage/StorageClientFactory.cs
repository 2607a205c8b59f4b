using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Msix.Adapters.Storage;

/// <summary>
/// Creates the Blob and Queue service clients of the connection "MsixStorage", the same settings the
/// Functions triggers read: a connection string (MsixStorage, or ConnectionStrings:MsixStorage), or
/// identity-based MsixStorage:blobServiceUri and MsixStorage:queueServiceUri (or MsixStorage:accountName),
/// with MsixStorage:credential and MsixStorage:clientId.
/// </summary>
public static class StorageClientFactory
{
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, BlobClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (ConnectionStringOf(configuration) is { } connectionString)
        {
            return new BlobServiceClient(connectionString, options);
        }

        var connection = configuration.GetSection(ConnectionNames.Storage);
        var serviceUri = ServiceUri(connection, "blobServiceUri", "blob") ?? ServiceUri(connection, "serviceUri", "blob");
        return serviceUri is null
            ? throw NotConfigured("blobServiceUri")
            : new BlobServiceClient(serviceUri, ConnectionCredential.From(connection), options);
    }

    /// <summary>A queue client that writes and reads Base64 message bodies, as the Functions queue trigger expects.</summary>
    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, QueueClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.MessageEncoding = QueueMessageEncoding.Base64;
        if (ConnectionStringOf(configuration) is { } connectionString)
        {
            return new QueueServiceClient(connectionString, options);
        }

        var connection = configuration.GetSection(ConnectionNames.Storage);
        var serviceUri = ServiceUri(connection, "queueServiceUri", "queue");
        return serviceUri is null
            ? throw NotConfigured("queueServiceUri")
            : new QueueServiceClient(serviceUri, ConnectionCredential.From(connection), options);
    }

    private static string? ConnectionStringOf(IConfiguration configuration)
    {
        var value = configuration[ConnectionNames.Storage];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString(ConnectionNames.Storage);
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static Uri? ServiceUri(IConfigurationSection connection, string key, string service)
    {
        if (Uri.TryCreate(connection[key], UriKind.Absolute, out var uri))
        {
            return uri;
        }

        var accountName = connection["accountName"];
        return string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static InvalidOperationException NotConfigured(string key) =>
        new($"The storage connection '{ConnectionNames.Storage}' is not configured: set {ConnectionNames.Storage} to a connection string, "
            + $"or {ConnectionNames.Storage}__{key} (with {ConnectionNames.Storage}__credential=managedidentity and {ConnectionNames.Storage}__clientId for a user-assigned identity).");
}
