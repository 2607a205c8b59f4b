using Msix.Integration.Tests.Hosts;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Access;

/// <summary>One local host shared by the cells of the access table: each cell is one request.</summary>
public sealed class AccessHostFixture(EmulatorsFixture emulators) : IAsyncLifetime
{
    public LocalHostFactory Host { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Host = new LocalHostFactory(emulators.CreateEnvironment());
        using var warm = Host.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.DisposeAsync();
        }
        catch (Exception e)
        {
            // Class cleanup failures are reported without their cause: name it.
            throw new InvalidOperationException($"Stopping the access tests' host failed: {e}", e);
        }
    }
}
