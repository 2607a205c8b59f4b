using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters;
using Msix.Cli.Processes;
using Msix.DevStack;

namespace Msix.Cli.Stack;

/// <summary>
/// The whole exchange on this machine: Azurite, cosmosdb-server, optionally smtp4dev, and the local host
/// (the HTTP API with the drop-zone watcher and the queue consumers). Disposing stops all of it.
/// </summary>
internal sealed class LocalStack : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _started = [];

    private LocalStack(string logFolder) => LogFolder = logFolder;

    public string LogFolder { get; }

    public AzuriteEmulator Azurite { get; private set; } = null!;

    public CosmosEmulator Cosmos { get; private set; } = null!;

    public Smtp4devServer? Smtp4dev { get; private set; }

    public ManagedProcess LocalHost { get; private set; } = null!;

    /// <summary>The key the local host trusts tokens signed with (see <c>./msix token</c>).</summary>
    public string DevelopmentSigningKey { get; private set; } = "";

    /// <summary>A client of the API that signs in with development tokens.</summary>
    public ExchangeApiClient ApiClient() => new(ApiBase, DevelopmentSigningKey);

    /// <summary>The API's base address, ending in /api/.</summary>
    public Uri ApiBase { get; private set; } = null!;

    /// <summary>The settings the local host runs with, for tools that talk to the same stores.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    public static async Task<LocalStack> StartAsync(LocalStackOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        // Say which port is taken before starting anything.
        int Port(int? port, string option) => FreePort.ChooseOrPick(port, option);
        var apiPort = Port(options.ApiPort, "--api-port");

        var stack = new LocalStack(options.LogFolder);
        try
        {
            await stack.StartAllAsync(options, apiPort, progress, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync(LocalStackOptions options, int apiPort, TextWriter progress, CancellationToken cancellationToken)
    {
        var root = options.RepositoryRoot;
        Directory.CreateDirectory(LogFolder);
        DevelopmentSigningKey = DevelopmentKey.Ensure(root);
        await NodePackages.EnsureInstalledAsync(root, progress, cancellationToken);
        if (options.WithSmtp4dev)
        {
            await DotnetTools.EnsureRestoredAsync(root, progress, cancellationToken);
        }

        var hostFolder = Path.Combine(root, ".build", "localhost");
        progress.WriteLine("Building the local host ...");
        if (await ChildProcess.RunQuietlyAsync(
                "dotnet",
                ["build", Path.Combine(root, "tools", "Msix.LocalHost", "Msix.LocalHost.csproj"), "-c", "Release", "-o", hostFolder, "--nologo", "-v", "q", "-clp:ErrorsOnly;NoSummary"],
                root,
                cancellationToken) != 0)
        {
            throw new DevStackException("The local host did not build (see above).");
        }

        progress.WriteLine("Starting Azurite and cosmosdb-server ...");
        var azurite = AzuriteEmulator.StartAsync(
            new AzuriteOptions
            {
                RepositoryRoot = root,
                LogFile = Path.Combine(LogFolder, "azurite.log"),
                BlobPort = options.AzuritePort,
                QueuePort = options.AzuritePort + 1,
                TablePort = options.AzuritePort + 2,
            },
            cancellationToken);
        var cosmos = CosmosEmulator.StartAsync(
            new CosmosEmulatorOptions { RepositoryRoot = root, LogFile = Path.Combine(LogFolder, "cosmosdb-server.log"), Port = options.CosmosPort },
            cancellationToken);
        await Task.WhenAll(Started(azurite), Started(cosmos));
        Azurite = azurite.Result;
        Cosmos = cosmos.Result;

        if (options.WithSmtp4dev)
        {
            progress.WriteLine("Starting smtp4dev ...");
            Smtp4dev = await Started(Smtp4devServer.StartAsync(
                new Smtp4devOptions
                {
                    RepositoryRoot = root,
                    LogFile = Path.Combine(LogFolder, "smtp4dev.log"),
                    DataFolder = Path.Combine(LogFolder, "smtp4dev"),
                    WebPort = options.Smtp4devPort,
                    SmtpPort = options.SmtpPort,
                },
                cancellationToken));
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [ConnectionNames.Storage] = Azurite.ConnectionString,
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            [ConnectionNames.Cosmos] = Cosmos.ConnectionString,
            ["Msix:Cosmos:DatabaseName"] = options.DatabaseName,
            ["Msix:Cosmos:CreateIfNotExists"] = "true",
            ["Msix:Storage:CreateIfNotExists"] = "true",
            ["Msix:Access:DevelopmentSigningKey"] = DevelopmentSigningKey,
        };
        if (Smtp4dev is { } mail)
        {
            // Move-notice mail goes to the local mail sink, where its web page shows every message.
            settings["Msix:Smtp:Host"] = Smtp4devServer.SmtpHost;
            settings["Msix:Smtp:Port"] = mail.SmtpPort.ToString(CultureInfo.InvariantCulture);
            settings["Msix:Smtp:Security"] = "None";
        }

        settings["Msix:Notices:RecordBaseUrl"] = string.Create(CultureInfo.InvariantCulture, $"http://localhost:{apiPort}/api/students/");
        Settings = settings;

        progress.WriteLine("Starting the local host ...");
        var url = string.Create(CultureInfo.InvariantCulture, $"http://localhost:{apiPort}");
        var environment = Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "", StringComparer.Ordinal);
        environment["Urls"] = url;
        foreach (var (key, value) in options.HostSettings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        LocalHost = await Started(ManagedProcess.StartAsync(
            new ManagedProcessOptions
            {
                Name = "local host",
                FileName = "dotnet",
                Arguments = [Path.Combine(hostFolder, "Msix.LocalHost.dll")],
                WorkingDirectory = hostFolder,
                Environment = environment,
                LogFile = Path.Combine(LogFolder, "localhost.log"),
                ReadyPorts = [apiPort],
                StopGracefully = true,
            },
            cancellationToken));
        ApiBase = new Uri(url + "/api/");
        await WaitForHealthAsync(cancellationToken);
    }

    /// <summary>A service provider over the same stores as the local host, for reading documents directly.</summary>
    public ServiceProvider CreateStoreServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMsixAzureAdapters(configuration);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        // The host first, then the stores it uses.
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].DisposeAsync();
        }

        _started.Clear();
    }

    private async Task<T> Started<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var started = await starting;
        _started.Add(started);
        return started;
    }

    private async Task WaitForHealthAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = ApiBase, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
            }

            if (LocalHost.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new DevStackException($"The local host did not become healthy. Its log ({LocalHost.LogFile}) ends:{Environment.NewLine}{LocalHost.LogTail()}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
