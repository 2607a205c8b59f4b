using System.Globalization;

namespace Msix.DevStack;

/// <summary>
/// smtp4dev (the repository's local .NET tool) without a browser: it accepts mail over SMTP on 127.0.0.1
/// and lists it on its web page and at /api/messages.
/// </summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly ManagedProcess _process;

    private Smtp4devServer(ManagedProcess process, int webPort, int smtpPort)
    {
        _process = process;
        WebPort = webPort;
        SmtpPort = smtpPort;
    }

    public static string SmtpHost => "127.0.0.1";

    public int SmtpPort { get; }

    public int WebPort { get; }

    /// <summary>The web page; the received mail is listed at /api/messages.</summary>
    public Uri WebUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{WebPort}/"));

    public string LogFile => _process.LogFile;

    /// <summary>Starts smtp4dev; run <see cref="DotnetTools.EnsureRestoredAsync"/> first.</summary>
    public static async Task<Smtp4devServer> StartAsync(Smtp4devOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webPort = FreePort.ChooseOrPick(options.WebPort, options.WebPortOptionName);
        var smtpPort = FreePort.ChooseOrPick(options.SmtpPort, options.SmtpPortOptionName);
        // IMAP and POP3 are not used, but smtp4dev opens them: on free ports, so they never collide.
        var imapPort = FreePort.Pick();
        var pop3Port = FreePort.Pick();
        Directory.CreateDirectory(options.DataFolder);
        var database = Path.Combine(Path.GetFullPath(options.DataFolder), "smtp4dev.db");

        var process = await ManagedProcess.StartAsync(
            new ManagedProcessOptions
            {
                Name = "smtp4dev",
                FileName = Executables.Dotnet(),
                Arguments =
                [
                    "tool", "run", "smtp4dev", "--",
                    "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{webPort}"),
                    "--smtpport", Invariant(smtpPort),
                    "--imapport", Invariant(imapPort),
                    "--pop3port", Invariant(pop3Port),
                    "--db", database,
                    "--nousersettings",
                    "--messagestokeep", Invariant(options.MessagesToKeep),
                    "--allowremoteconnections-",
                ],
                WorkingDirectory = options.RepositoryRoot,
                Environment = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                    ["DOTNET_NOLOGO"] = "1",
                },
                LogFile = options.LogFile,
                ReadyPorts = [smtpPort, webPort],
                StartTimeout = options.StartTimeout,
            },
            cancellationToken);
        return new Smtp4devServer(process, webPort, smtpPort);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _process.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
