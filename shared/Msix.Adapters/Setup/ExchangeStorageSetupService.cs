using Microsoft.Extensions.Hosting;

namespace Msix.Adapters.Setup;

/// <summary>Runs <see cref="ExchangeStorageSetup"/> when the host starts, before the triggers listen.</summary>
public sealed class ExchangeStorageSetupService(ExchangeStorageSetup setup) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => setup.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
