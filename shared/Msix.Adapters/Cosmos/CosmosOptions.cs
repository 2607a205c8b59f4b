using System.ComponentModel.DataAnnotations;

namespace Msix.Adapters.Cosmos;

/// <summary>Settings of the exchange's Cosmos DB database (section "Msix:Cosmos").</summary>
public sealed class CosmosOptions
{
    public const string SectionName = "Msix:Cosmos";

    /// <summary>The database that holds the exchange's containers.</summary>
    [Required]
    [RegularExpression(@"^[^/\\#?]{1,255}$", ErrorMessage = "Msix:Cosmos:DatabaseName may not contain '/', '\\', '#' or '?'.")]
    public string DatabaseName { get; set; } = "msix";

    /// <summary>
    /// Create the database and its containers at start when missing. Off in Azure, where the
    /// infrastructure creates them; always done against a local emulator.
    /// </summary>
    public bool CreateIfNotExists { get; set; }
}
