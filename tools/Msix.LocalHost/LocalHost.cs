namespace Msix.LocalHost;

/// <summary>
/// The local host: the exchange's HTTP API on Kestrel and its blob and queue triggers on the WebJobs SDK,
/// calling the same services as the Functions app. Used where the Functions host cannot run. Tests start
/// it in-process with WebApplicationFactory&lt;LocalHost&gt;, which needs a type argument (not a static class).
/// </summary>
public sealed class LocalHost
{
    /// <summary>Where the local host listens by default: the Functions host's usual address.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    private LocalHost()
    {
    }
}
