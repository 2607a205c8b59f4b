namespace Msix.Adapters;

/// <summary>
/// The names of the exchange's connections in configuration. Each is either a connection string (local
/// emulators) or, in Azure, identity-based settings under the same prefix (for example
/// MsixStorage__blobServiceUri, MsixStorage__queueServiceUri, MsixStorage__credential, MsixStorage__clientId).
/// </summary>
public static class ConnectionNames
{
    /// <summary>Blob Storage (drop zone, receipts) and Queue Storage; also what the blob and queue triggers use.</summary>
    public const string Storage = "MsixStorage";

    /// <summary>Cosmos DB (NoSQL).</summary>
    public const string Cosmos = "MsixCosmos";
}
