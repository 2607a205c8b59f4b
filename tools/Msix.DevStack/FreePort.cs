using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Msix.DevStack;

/// <summary>Chooses TCP ports on the loopback address for the local services, and checks a chosen one is free.</summary>
public static class FreePort
{
    // Ports handed out by this process: the operating system may offer one again before its service binds it.
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>A port on 127.0.0.1 that nothing listens on now and that this process has not handed out before.</summary>
    public static int Pick()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (HandedOut.TryAdd(port, 0))
            {
                return port;
            }
        }

        throw new DevStackException("Could not find a free TCP port on 127.0.0.1.");
    }

    /// <summary>True when something already listens on the port, or it cannot be bound on 127.0.0.1.</summary>
    public static bool IsInUse(int port)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <summary>
    /// Throws a plain message when the port is taken: "port 10000 is in use by another program: stop it or
    /// pass --azurite-port". <paramref name="optionName"/> names the option that chooses another port.
    /// </summary>
    public static void EnsureAvailable(int port, string optionName)
    {
        if (IsInUse(port))
        {
            throw new DevStackException($"port {port} is in use by another program: stop it or pass {optionName}");
        }
    }

    /// <summary>The given port after checking it is free, or a freshly picked one when none is given.</summary>
    public static int ChooseOrPick(int? port, string optionName)
    {
        if (port is { } chosen)
        {
            EnsureAvailable(chosen, optionName);
            return chosen;
        }

        return Pick();
    }
}
