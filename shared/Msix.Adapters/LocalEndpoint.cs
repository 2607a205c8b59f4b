namespace Msix.Adapters;

/// <summary>Tells a local emulator's endpoint (this machine, or plain HTTP) from an Azure service's.</summary>
internal static class LocalEndpoint
{
    public static bool IsLocal(Uri endpoint) =>
        endpoint.IsLoopback
        || string.Equals(endpoint.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase)
        || string.Equals(endpoint.Host, "localhost", StringComparison.OrdinalIgnoreCase);
}
