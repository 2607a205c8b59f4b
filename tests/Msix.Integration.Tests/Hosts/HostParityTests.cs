using System.Reflection;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters.Setup;
using Msix.Domain.Messaging;
using Msix.Integration.Tests.Adapters;
using Msix.Integration.Tests.Infrastructure;
using Msix.LocalHost;
using Worker = Microsoft.Azure.Functions.Worker;
using WebJobs = Microsoft.Azure.WebJobs;

namespace Msix.Integration.Tests.Hosts;

/// <summary>
/// The Functions app and the local host expose the same functions: the same names, HTTP routes and methods,
/// queues and blob paths (read from the Functions app's attributes and from the running local host), and
/// the storage the adapters create holds every container and queue those triggers use.
/// </summary>
public sealed class HostParityTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task The_Functions_app_and_the_local_host_expose_the_same_functions_routes_queues_and_blob_paths()
    {
        var functionsApp = FunctionsAppBindings();
        var localHost = await LocalHostBindingsAsync();

        // The Functions app really has each kind of function, so the comparison is not of two empty sets.
        Assert.Contains(functionsApp, b => b.Kind == "http" && b.Methods == "POST");
        Assert.Contains(functionsApp, b => b.Kind == "queue");
        Assert.Contains(functionsApp, b => b.Kind == "blob");
        Assert.Equal(functionsApp.Select(b => b.Function), functionsApp.Select(b => b.Function).Distinct());
        Assert.Equal(Describe(functionsApp), Describe(localHost));
    }

    [Fact]
    public void Each_timer_of_the_Functions_app_has_a_schedule_in_the_local_host()
    {
        var timers = typeof(Msix.Functions.Functions.Health).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<Worker.TimerTriggerAttribute>() is not null))
            .Select(m => m.GetCustomAttribute<Worker.FunctionAttribute>()!.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var schedules = typeof(ExchangeTriggers).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(IntervalSchedule)))
            .Select(t => (string)t.GetField(nameof(ReportScheduler.Function))!.GetValue(null)!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["AnchorAuditJournals", "ComputeReports"], timers);
        Assert.Equal(timers, schedules);
    }

    [Fact]
    public async Task The_storage_the_adapters_create_holds_every_container_and_queue_the_triggers_use()
    {
        var ct = TestContext.Current.CancellationToken;
        var triggers = FunctionsAppBindings().Concat(TriggerBindings()).Where(b => b.Kind is "queue" or "blob").ToList();
        Assert.NotEmpty(triggers);

        await using var harness = await AdapterHarness.StartAsync(emulators, ct);
        var containers = new List<string>();
        await foreach (var container in new BlobServiceClient(harness.Environment.StorageConnectionString).GetBlobContainersAsync(cancellationToken: ct))
        {
            containers.Add(container.Name);
        }

        var queues = new List<string>();
        await foreach (var queue in new QueueServiceClient(harness.Environment.StorageConnectionString).GetQueuesAsync(cancellationToken: ct))
        {
            queues.Add(queue.Name);
        }

        foreach (var trigger in triggers)
        {
            if (trigger.Kind == "blob")
            {
                Assert.Contains(trigger.Target.Split('/')[0], containers);
            }
            else
            {
                Assert.Contains(trigger.Target, ExchangeQueues.All);
                Assert.Contains(trigger.Target, queues);
                Assert.Contains(trigger.Target + QueueNames.PoisonSuffix, queues);
            }
        }
    }

    /// <summary>One function's binding: its name, its kind (http, queue, blob), its route/queue/path, its HTTP methods, its connection.</summary>
    private sealed record Binding(string Function, string Kind, string Target, string Methods, string Connection);

    private static string Describe(IEnumerable<Binding> bindings) =>
        string.Join(Environment.NewLine, bindings.OrderBy(b => b.Function, StringComparer.Ordinal).Select(b => b.ToString()));

    /// <summary>The Functions app's functions, from its [Function] methods and their trigger attributes.</summary>
    private static List<Binding> FunctionsAppBindings()
    {
        var prefix = RoutePrefix();
        var bindings = new List<Binding>();
        foreach (var method in typeof(Msix.Functions.Functions.Health).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<Worker.FunctionAttribute>() is not { } function)
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                if (parameter.GetCustomAttribute<Worker.HttpTriggerAttribute>() is { } http)
                {
                    var methods = string.Join(",", (http.Methods ?? []).Select(m => m.ToUpperInvariant()).Order(StringComparer.Ordinal));
                    bindings.Add(new Binding(function.Name, "http", $"/{prefix}/{http.Route}", methods, ""));
                }
                else if (parameter.GetCustomAttribute<Worker.QueueTriggerAttribute>() is { } queue)
                {
                    bindings.Add(new Binding(function.Name, "queue", queue.QueueName, "", queue.Connection ?? ""));
                }
                else if (parameter.GetCustomAttribute<Worker.BlobTriggerAttribute>() is { } blob)
                {
                    bindings.Add(new Binding(function.Name, "blob", blob.BlobPath, "", blob.Connection ?? ""));
                }
            }
        }

        return bindings;
    }

    /// <summary>The local host's HTTP endpoints (as it maps them, read from the running host) and its WebJobs triggers.</summary>
    private async Task<List<Binding>> LocalHostBindingsAsync()
    {
        await using var factory = new LocalHostFactory(emulators.CreateEnvironment());
        using var client = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var bindings = new List<Binding>();
        foreach (var endpoint in endpoints.Where(e => e.RoutePattern.RawText?.StartsWith("/" + RoutePrefix() + "/", StringComparison.Ordinal) == true))
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            Assert.False(string.IsNullOrEmpty(name), $"The endpoint {endpoint.RoutePattern.RawText} has no name to compare with a function's.");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            Assert.NotEmpty(methods);
            bindings.Add(new Binding(name, "http", endpoint.RoutePattern.RawText!, string.Join(",", methods.Order(StringComparer.Ordinal)), ""));
        }

        return [.. bindings, .. TriggerBindings()];
    }

    /// <summary>The local host's blob and queue triggers, from the [FunctionName] methods of <see cref="ExchangeTriggers"/>.</summary>
    private static IEnumerable<Binding> TriggerBindings()
    {
        foreach (var method in typeof(ExchangeTriggers).GetMethods())
        {
            if (method.GetCustomAttribute<WebJobs.FunctionNameAttribute>() is not { } function)
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                if (parameter.GetCustomAttribute<WebJobs.QueueTriggerAttribute>() is { } queue)
                {
                    yield return new Binding(function.Name, "queue", queue.QueueName, "", queue.Connection ?? "");
                }
                else if (parameter.GetCustomAttribute<WebJobs.BlobTriggerAttribute>() is { } blob)
                {
                    yield return new Binding(function.Name, "blob", blob.BlobPath, "", blob.Connection ?? "");
                }
            }
        }
    }

    /// <summary>The route prefix the Functions host puts before every HTTP route, from the app's host.json.</summary>
    private static string RoutePrefix()
    {
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestRepository.Root, "functions", "host.json")));
        return hostJson.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;
    }
}
