using System.Globalization;

namespace Msix.DevStack;

/// <summary>
/// cosmosdb-server (a Cosmos DB NoSQL emulator in Node.js) over plain HTTP on 127.0.0.1, started by
/// tools/emulators/cosmosdb-server.js with keep-alive. It keeps everything in memory.
/// </summary>
public sealed class CosmosEmulator : IAsyncDisposable
{
    /// <summary>The Cosmos DB emulator's well-known key; cosmosdb-server accepts any key.</summary>
    public const string AccountKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    /// <summary>The launcher, relative to the repository.</summary>
    public static readonly string LauncherPath = Path.Combine("tools", "emulators", "cosmosdb-server.js");

    /// <summary>The size of each of V8's two young-generation semi-spaces in the emulator's Node process (MB).</summary>
    private const int YoungGenerationMegabytes = 64;

    private readonly ManagedProcess _process;

    private CosmosEmulator(ManagedProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Endpoint => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));

    /// <summary>A connection string for the Cosmos DB SDK (which must use gateway mode and stay on this endpoint).</summary>
    public string ConnectionString => $"AccountEndpoint={Endpoint};AccountKey={AccountKey};";

    public string LogFile => _process.LogFile;

    /// <summary>The emulator's process id.</summary>
    public int ProcessId => _process.ProcessId;

    public static async Task<CosmosEmulator> StartAsync(CosmosEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var repositoryRoot = options.RepositoryRoot;
        var launcher = Path.Combine(repositoryRoot, LauncherPath);
        if (!File.Exists(launcher))
        {
            throw new DevStackException($"The cosmosdb-server launcher is missing: {launcher}.");
        }

        if (!Directory.Exists(Path.Combine(repositoryRoot, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new DevStackException($"cosmosdb-server is not installed: run 'npm ci' in {repositoryRoot}.");
        }

        var node = Executables.Node();
        var chosen = FreePort.ChooseOrPick(options.Port, options.PortOptionName);
        var process = await ManagedProcess.StartAsync(
            new ManagedProcessOptions
            {
                Name = "cosmosdb-server",
                FileName = node,
                // The emulator keeps the whole database in one JavaScript heap. With V8's default young generation
                // (16 MB) it stops to collect it every 75 ms under load, and with 100,000 children loaded each of
                // those stops takes 7 to 8 ms: every request in flight waits. A 64 MB young generation stops a
                // quarter as often.
                Arguments = [string.Create(CultureInfo.InvariantCulture, $"--max-semi-space-size={YoungGenerationMegabytes}"), launcher, chosen.ToString(CultureInfo.InvariantCulture), "--stop-when-stdin-closes"],
                WorkingDirectory = repositoryRoot,
                LogFile = options.LogFile,
                ReadyPorts = [chosen],
                StartTimeout = options.StartTimeout,
                StopGracefully = true,
                HoldStandardInput = true,
            },
            cancellationToken);
        return new CosmosEmulator(process, chosen);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _process.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
