using System.Net;
using System.Net.Sockets;
using Msix.DevStack;

namespace Msix.Integration.Tests.DevStack;

public sealed class FreePortTests
{
    [Fact]
    public void Picked_ports_are_free_and_never_handed_out_twice()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => FreePort.Pick()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.False(FreePort.IsInUse(port)));
    }

    [Fact]
    public void A_port_someone_listens_on_is_in_use_with_a_plain_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        Assert.True(FreePort.IsInUse(port));
        var error = Assert.Throws<DevStackException>(() => FreePort.EnsureAvailable(port, "--azurite-port"));
        Assert.Equal($"port {port} is in use by another program: stop it or pass --azurite-port", error.Message);
    }
}
