using System.Globalization;
using System.Security.Cryptography;

namespace Msix.DevStack;

/// <summary>Azurite (Blob, Queue and Table Storage) from the repository's node_modules, on 127.0.0.1.</summary>
public sealed class AzuriteEmulator : IAsyncDisposable
{
    /// <summary>The emulator's well-known default account.</summary>
    public const string DefaultAccountName = "devstoreaccount1";

    /// <summary>The well-known key of devstoreaccount1, published with Azurite.</summary>
    public const string DefaultAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ManagedProcess _process;

    private AzuriteEmulator(ManagedProcess process, StorageAccount defaultAccount, IReadOnlyList<StorageAccount> extraAccounts)
    {
        _process = process;
        DefaultAccount = defaultAccount;
        ExtraAccounts = extraAccounts;
    }

    public StorageAccount DefaultAccount { get; }

    /// <summary>The accounts served besides devstoreaccount1, each isolated from the others.</summary>
    public IReadOnlyList<StorageAccount> ExtraAccounts { get; }

    /// <summary>The connection string of devstoreaccount1.</summary>
    public string ConnectionString => DefaultAccount.ConnectionString;

    public int BlobPort => DefaultAccount.BlobPort;

    public int QueuePort => DefaultAccount.QueuePort;

    public int TablePort => DefaultAccount.TablePort;

    public string LogFile => _process.LogFile;

    /// <summary>The connection string of one of the accounts, by name.</summary>
    public string ConnectionStringOf(string accountName) =>
        (accountName == DefaultAccount.Name ? DefaultAccount : ExtraAccounts.FirstOrDefault(a => a.Name == accountName))?.ConnectionString
        ?? throw new ArgumentException($"Azurite serves no account named '{accountName}'.", nameof(accountName));

    public static async Task<AzuriteEmulator> StartAsync(AzuriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ExtraAccountCount);
        var script = Path.Combine(options.RepositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new DevStackException($"Azurite is not installed ({script} is missing): run 'npm ci' in {options.RepositoryRoot}.");
        }

        var node = Executables.Node();
        var blobPort = FreePort.ChooseOrPick(options.BlobPort, options.PortOptionName);
        var queuePort = FreePort.ChooseOrPick(options.QueuePort, options.PortOptionName);
        var tablePort = FreePort.ChooseOrPick(options.TablePort, options.PortOptionName);

        var defaultAccount = new StorageAccount(DefaultAccountName, DefaultAccountKey, blobPort, queuePort, tablePort);
        var extraAccounts = Enumerable.Range(1, options.ExtraAccountCount)
            .Select(n => new StorageAccount(
                string.Create(CultureInfo.InvariantCulture, $"msixacct{n:D3}"),
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
                blobPort,
                queuePort,
                tablePort))
            .ToList();

        List<string> arguments =
        [
            script,
            "--blobHost", "127.0.0.1", "--blobPort", Invariant(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Invariant(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Invariant(tablePort),
            "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        ];
        if (options.DataFolder is null)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            arguments.AddRange(["--location", Path.GetFullPath(options.DataFolder)]);
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (extraAccounts.Count > 0)
        {
            // Once AZURITE_ACCOUNTS is set Azurite serves only the accounts it lists: devstoreaccount1 is listed too.
            environment["AZURITE_ACCOUNTS"] = string.Join(';', new[] { defaultAccount }.Concat(extraAccounts).Select(a => $"{a.Name}:{a.Key}"));
        }

        var process = await ManagedProcess.StartAsync(
            new ManagedProcessOptions
            {
                Name = "azurite",
                FileName = node,
                Arguments = arguments,
                WorkingDirectory = options.RepositoryRoot,
                Environment = environment,
                LogFile = options.LogFile,
                ReadyPorts = [blobPort, queuePort, tablePort],
                StartTimeout = options.StartTimeout,
                StopGracefully = options.DataFolder is not null,
            },
            cancellationToken);
        return new AzuriteEmulator(process, defaultAccount, extraAccounts);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _process.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
