using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Msix.Adapters;
using Msix.Adapters.Storage;
using Msix.Api.Access;
using Msix.Domain.Messaging;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Hosts;

/// <summary>
/// The local host in-process, exactly as Program.cs builds it (Kestrel swapped for the test server), on one
/// test's own storage account and database. Its WebJobs blob and queue triggers run against that account;
/// the queues are polled fast so a test waits fractions of a second, not the production intervals. The
/// host's log is kept in <see cref="Logs"/>, and every message it sends is counted in <see cref="Messages"/>.
/// </summary>
public sealed class LocalHostFactory : WebApplicationFactory<Msix.LocalHost.LocalHost>
{
    /// <summary>Queue settings that make the triggers react quickly; they override host.json as app settings do in Azure.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastPolling = new Dictionary<string, string?>
    {
        ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00.500",
    };

    /// <summary>The development signing key every test host trusts (each test mints its own tokens with it).</summary>
    public static readonly string SigningKey = DevelopmentTokens.NewSigningKey();

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="overrides">Settings on top of the environment's and <see cref="FastPolling"/>.</param>
    /// <param name="services">Replaces services after the host registered its own (a test double, a fault).</param>
    public LocalHostFactory(TestEnvironment environment, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>(environment.Settings, StringComparer.OrdinalIgnoreCase)
        {
            ["Msix:Access:DevelopmentSigningKey"] = SigningKey,
            ["Msix:Access:PermitsPerMinute"] = "100000",
            ["Msix:Access:Burst"] = "100000",
        };
        foreach (var (key, value) in FastPolling.Concat(overrides ?? []))
        {
            _settings[key] = value;
        }
    }

    public TestEnvironment Environment { get; }

    public CapturedLogs Logs { get; } = new();

    /// <summary>The messages the host sent (available once the host has started).</summary>
    public CountingMessageSender Messages => Services.GetRequiredService<CountingMessageSender>();

    /// <summary>A token for <paramref name="userId"/> with <paramref name="roles"/>, acting for <paramref name="state"/>.</summary>
    public static string Token(string userId, string? state, params string[] roles) =>
        DevelopmentTokens.Mint(SigningKey, userId, roles, state, TimeProvider.System);

    /// <summary>A client signed in as <paramref name="userId"/> with <paramref name="roles"/> for <paramref name="state"/>.</summary>
    public HttpClient ClientAs(string userId, string? state, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(userId, state, roles));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // As the local host runs for real: no developer exception page.
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(sp => new CountingMessageSender(new StorageQueueMessageSender(AdapterServiceCollectionExtensions.StorageQueues(sp))));
            services.AddSingleton<IMessageSender>(sp => sp.GetRequiredService<CountingMessageSender>());
            _services?.Invoke(services);
        });
    }

    /// <summary>
    /// Stops and disposes the host. A test that stops the host at once can catch the WebJobs host still starting;
    /// its services then throw ObjectDisposedException as they stop. The host is down either way, so that alone
    /// is not a failure, nor is the WebJobs options logger failing as it stops; any other exception is.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is ObjectDisposedException))
        {
        }
        catch (ObjectDisposedException e) when (e.StackTrace?.Contains("OptionsLoggingService", StringComparison.Ordinal) == true)
        {
            // Now and then the WebJobs SDK's options logger fails as the host stops; the host is down all the same.
        }
    }
}
