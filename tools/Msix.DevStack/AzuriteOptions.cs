namespace Msix.DevStack;

/// <summary>How to run Azurite: its ports, where it keeps data, and which accounts it serves.</summary>
public sealed record AzuriteOptions
{
    /// <summary>The repository, whose node_modules holds Azurite.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Where Azurite's output goes.</summary>
    public required string LogFile { get; init; }

    /// <summary>The Blob service's port; a free one when null.</summary>
    public int? BlobPort { get; init; }

    /// <summary>The Queue service's port; a free one when null.</summary>
    public int? QueuePort { get; init; }

    /// <summary>The Table service's port; a free one when null.</summary>
    public int? TablePort { get; init; }

    /// <summary>A folder that keeps the data across runs; null keeps everything in memory.</summary>
    public string? DataFolder { get; init; }

    /// <summary>How many accounts to serve besides devstoreaccount1 (named msixacct001, msixacct002, ...).</summary>
    public int ExtraAccountCount { get; init; }

    /// <summary>The option that chooses other ports, named in the message when a chosen port is taken.</summary>
    public string PortOptionName { get; init; } = "--azurite-port";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
