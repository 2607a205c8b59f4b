using System.Globalization;

namespace Msix.DevStack;

/// <summary>A storage account served by the local Azurite, with its connection string.</summary>
public sealed record StorageAccount(string Name, string Key, int BlobPort, int QueuePort, int TablePort)
{
    /// <summary>Path-style endpoints (http://127.0.0.1:port/account), which Azurite serves for every account.</summary>
    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={Name};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{BlobPort}/{Name};QueueEndpoint=http://127.0.0.1:{QueuePort}/{Name};TableEndpoint=http://127.0.0.1:{TablePort}/{Name};");

    public Uri BlobEndpoint => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{BlobPort}/{Name}"));

    public Uri QueueEndpoint => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{QueuePort}/{Name}"));
}
