namespace Msix.DevStack;

/// <summary>How to start a local service as a child process and how to tell it is ready.</summary>
public sealed record ManagedProcessOptions
{
    /// <summary>A short name for messages: "azurite", "cosmosdb-server".</summary>
    public required string Name { get; init; }

    /// <summary>The program to run (a path, or a name found on PATH).</summary>
    public required string FileName { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (or replacing those of) this process's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the child's standard output and error are written, line by line.</summary>
    public required string LogFile { get; init; }

    /// <summary>The service is ready once every one of these ports on 127.0.0.1 accepts a TCP connection.</summary>
    public IReadOnlyList<int> ReadyPorts { get; init; } = [];

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// When true, stopping first asks the process to end (SIGTERM) and waits <see cref="GracefulStopTimeout"/>
    /// before killing it; for a service that keeps data on disk. Either way the whole process tree ends.
    /// </summary>
    public bool StopGracefully { get; init; }

    public TimeSpan GracefulStopTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When true, the child's standard input stays open until it is stopped, so a child that ends when its
    /// input closes also ends when this process does, even when this process is killed.
    /// </summary>
    public bool HoldStandardInput { get; init; }
}
