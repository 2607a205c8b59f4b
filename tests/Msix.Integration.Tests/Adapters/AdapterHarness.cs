using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Msix.Adapters;
using Msix.Adapters.Setup;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

/// <summary>The adapters as a host registers them, on one test's own environment, with storage set up.</summary>
public sealed class AdapterHarness : IAsyncDisposable
{
    private AdapterHarness(TestEnvironment environment, ServiceProvider services)
    {
        Environment = environment;
        Services = services;
    }

    public TestEnvironment Environment { get; }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<AdapterHarness> StartAsync(EmulatorsFixture emulators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulators);
        var environment = emulators.CreateEnvironment();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug))
            .AddMsixAzureAdapters(environment.BuildConfiguration())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(cancellationToken);
        return new AdapterHarness(environment, services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
