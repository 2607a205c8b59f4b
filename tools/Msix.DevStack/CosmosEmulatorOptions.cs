namespace Msix.DevStack;

/// <summary>How to run cosmosdb-server.</summary>
public sealed record CosmosEmulatorOptions
{
    /// <summary>The repository, whose node_modules holds cosmosdb-server and whose tools/emulators holds its launcher.</summary>
    public required string RepositoryRoot { get; init; }

    public required string LogFile { get; init; }

    /// <summary>The port to listen on; a free one when null.</summary>
    public int? Port { get; init; }

    /// <summary>The option that chooses another port, named in the message when the chosen one is taken.</summary>
    public string PortOptionName { get; init; } = "--cosmos-port";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
