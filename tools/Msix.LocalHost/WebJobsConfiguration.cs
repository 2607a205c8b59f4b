using Microsoft.Azure.WebJobs;

namespace Msix.LocalHost;

/// <summary>
/// Configures the WebJobs SDK (the engine of the Functions host) from the Functions app's own host.json,
/// so queue retries, poison queues and blob trigger settings are the same in both hosts. Settings under
/// AzureFunctionsJobHost:extensions override host.json, as app settings do in Azure.
/// </summary>
internal static class WebJobsConfiguration
{
    public static IWebJobsBuilder AddExchangeTriggers(this IWebJobsBuilder webJobs, IConfiguration configuration)
    {
        var hostJson = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json"), optional: false)
            .Build();
        webJobs.AddAzureStorageBlobs(blobs =>
        {
            hostJson.GetSection("extensions:blobs").Bind(blobs);
            configuration.GetSection("AzureFunctionsJobHost:extensions:blobs").Bind(blobs);
        });
        webJobs.AddAzureStorageQueues(queues =>
        {
            hostJson.GetSection("extensions:queues").Bind(queues);
            configuration.GetSection("AzureFunctionsJobHost:extensions:queues").Bind(queues);
        });
        return webJobs;
    }
}
