namespace Msix.Adapters.Storage;

/// <summary>Settings of the exchange's Blob and Queue Storage (section "Msix:Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Msix:Storage";

    /// <summary>
    /// Create the blob containers and the queues (with their poison queues) at start when missing. Off in
    /// Azure, where the infrastructure creates them; always done against Azurite.
    /// </summary>
    public bool CreateIfNotExists { get; set; }
}
