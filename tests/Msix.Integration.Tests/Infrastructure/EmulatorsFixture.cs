using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Msix.Adapters;
using Msix.Adapters.Cosmos;
using Msix.DevStack;
using Msix.Integration.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(EmulatorsFixture))]

namespace Msix.Integration.Tests.Infrastructure;

/// <summary>
/// The emulators of this test assembly: one Azurite with a pool of storage accounts and one cosmosdb-server,
/// on free ports, started once before the first test and stopped after the last. smtp4dev starts on first
/// use. Each test takes its own <see cref="TestEnvironment"/>, so tests share no state and need no order.
/// </summary>
public sealed class EmulatorsFixture : IAsyncLifetime
{
    /// <summary>How many tests can each have their own storage account in one run.</summary>
    public const int AccountPoolSize = 128;

    private readonly ConcurrentQueue<string> _freeAccounts = new();
    private readonly SemaphoreSlim _smtpGate = new(1, 1);
    private AzuriteEmulator? _azurite;
    private CosmosEmulator? _cosmos;
    private Smtp4devServer? _smtp4dev;
    private CosmosClient? _cosmosClient;

    /// <summary>Where the emulators' logs are written for this run.</summary>
    public string LogFolder { get; } = Path.Combine(
        Path.GetTempPath(),
        "msix-integration-tests",
        string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}"));

    public AzuriteEmulator Azurite => _azurite ?? throw NotStarted();

    public CosmosEmulator Cosmos => _cosmos ?? throw NotStarted();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var root = TestRepository.Root;
        await NodePackages.EnsureInstalledAsync(root, progress: null, cancellationToken);
        var azurite = AzuriteEmulator.StartAsync(
            new AzuriteOptions
            {
                RepositoryRoot = root,
                LogFile = Path.Combine(LogFolder, "azurite.log"),
                ExtraAccountCount = AccountPoolSize,
            },
            cancellationToken);
        var cosmos = CosmosEmulator.StartAsync(
            new CosmosEmulatorOptions { RepositoryRoot = root, LogFile = Path.Combine(LogFolder, "cosmosdb-server.log") },
            cancellationToken);
        try
        {
            await Task.WhenAll(azurite, cosmos);
        }
        catch
        {
            // Stop whichever started before reporting why the other did not.
            await Task.WhenAll(
                azurite.IsCompletedSuccessfully ? azurite.Result.DisposeAsync().AsTask() : Task.CompletedTask,
                cosmos.IsCompletedSuccessfully ? cosmos.Result.DisposeAsync().AsTask() : Task.CompletedTask);
            throw;
        }

        _azurite = azurite.Result;
        _cosmos = cosmos.Result;
        _cosmosClient = CosmosClientFactory.Create(new ConfigurationBuilder()
            .AddInMemoryCollection([new(ConnectionNames.Cosmos, _cosmos.ConnectionString)])
            .Build());
        foreach (var account in _azurite.ExtraAccounts)
        {
            _freeAccounts.Enqueue(account.Name);
        }
    }

    /// <summary>A new environment: a storage account no other test uses and a fresh Cosmos DB database name.</summary>
    public TestEnvironment CreateEnvironment()
    {
        if (!_freeAccounts.TryDequeue(out var account))
        {
            throw new InvalidOperationException(
                $"All {AccountPoolSize} storage accounts of the test emulator are taken: raise {nameof(EmulatorsFixture)}.{nameof(AccountPoolSize)}.");
        }

        return new TestEnvironment(
            account,
            Azurite.ConnectionStringOf(account),
            Cosmos.ConnectionString,
            Task.Run(CreateDatabaseAsync).GetAwaiter().GetResult());
    }

    /// <summary>
    /// Creates a database of a new name whose resource id routes, and returns its name. cosmosdb-server numbers
    /// databases in order and writes the number into the resource id in base64; about one number in 32 (62, 63,
    /// 126, 127 ...) gives an id with "+" or "/", and the SDK's feed reads, which address a container by its
    /// resource id in the URL path, then fail ("Stale cache for rid"). Such a database is dropped and another made.
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var client = _cosmosClient ?? throw NotStarted();
        for (var attempt = 0; ; attempt++)
        {
            var name = "test-" + Guid.NewGuid().ToString("N");
            var created = await client.CreateDatabaseAsync(name).ConfigureAwait(false);
            // The self link is "dbs/{resource id}/" (the server may add or leave out the slashes at either end).
            var selfLink = created.Resource.SelfLink;
            var resourceId = selfLink[(selfLink.IndexOf("dbs/", StringComparison.Ordinal) + 4)..].TrimEnd('/');
            if (resourceId.IndexOfAny(['+', '/']) < 0)
            {
                return name;
            }

            await created.Database.DeleteAsync().ConfigureAwait(false);
            if (attempt > 10)
            {
                throw new InvalidOperationException("cosmosdb-server gave eleven databases in a row a resource id that does not route.");
            }
        }
    }

    /// <summary>smtp4dev, started on the first call (restoring the local .NET tools first).</summary>
    public async Task<Smtp4devServer> GetSmtp4devAsync(CancellationToken cancellationToken)
    {
        await _smtpGate.WaitAsync(cancellationToken);
        try
        {
            if (_smtp4dev is null)
            {
                await DotnetTools.EnsureRestoredAsync(TestRepository.Root, progress: null, cancellationToken);
                _smtp4dev = await Smtp4devServer.StartAsync(
                    new Smtp4devOptions
                    {
                        RepositoryRoot = TestRepository.Root,
                        LogFile = Path.Combine(LogFolder, "smtp4dev.log"),
                        DataFolder = Path.Combine(LogFolder, "smtp4dev"),
                    },
                    cancellationToken);
            }

            return _smtp4dev;
        }
        finally
        {
            _smtpGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        var stops = new List<Task>();
        if (_azurite is not null)
        {
            stops.Add(_azurite.DisposeAsync().AsTask());
        }

        if (_cosmos is not null)
        {
            stops.Add(_cosmos.DisposeAsync().AsTask());
        }

        if (_smtp4dev is not null)
        {
            stops.Add(_smtp4dev.DisposeAsync().AsTask());
        }

        await Task.WhenAll(stops);
        _cosmosClient?.Dispose();
        _smtpGate.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("The emulators have not started.");
}
