using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters.Cosmos;
using Msix.Api.Access;
using Msix.Cli.Stack;
using Msix.DevStack;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>
/// ./msix bench api: loads generated children through the pipeline, then drives record reads and searches
/// from concurrent clients on loopback, beside bare Cosmos point reads of the same records on the same
/// emulator in the same run (the floor). Each kind of request runs for the same time after a warm-up on other
/// children, so every figure is of processes that have compiled their code, as a serving host has.
/// </summary>
internal static class BenchApiCommand
{
    private const int Seed = 20261126;

    public static Command Create()
    {
        var children = new Option<int>("--children") { Description = "Children loaded through the pipeline first.", DefaultValueFactory = _ => 100_000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long each kind of request (point read, health, record read, search) is measured.", DefaultValueFactory = _ => 10 };
        var warmUp = new Option<int>("--warm-up-seconds") { Description = "How long each kind runs first, on other children, unmeasured.", DefaultValueFactory = _ => 5 };
        var command = new Command("api", "Record read and search latency against a bare Cosmos point read.") { children, clients, seconds, warmUp };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(children), parse.GetValue(clients), new Timing(parse.GetValue(warmUp), parse.GetValue(seconds)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int children, int clients, Timing timing, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var folder = Path.Combine(root, ".msix", "bench-api");
        Directory.CreateDirectory(folder);
        await using var stack = await LocalStack.StartAsync(
            new LocalStackOptions(root, Path.Combine(folder, "logs"))
            {
                HostSettings = LocalStackOptions.Benchmark,
            },
            Console.Out,
            cancellationToken);
        await using var services = stack.CreateStoreServices();

        var records = SyntheticPopulation.GenerateState("TX", children, Seed).Select(r => r.Record).ToList();
        var file = Path.Combine(folder, Invariant($"TX-{children}.jsonl"));
        await using (var output = File.Create(file))
        {
            await JsonLinesSubmissionWriter.WriteAllAsync(records, output, cancellationToken);
        }

        Console.WriteLine(Invariant($"Loading {children:N0} children through the pipeline (upload, ingest, consolidation) ..."));
        var started = Stopwatch.GetTimestamp();
        using var api = stack.ApiClient();
        var submissionId = await api.UploadAsync("TX", file, cancellationToken);
        await api.WaitForReceiptAsync("TX", submissionId, TimeSpan.FromHours(3), cancellationToken);
        var links = services.GetRequiredService<IDocumentStore<IdentityLink>>();
        var (warmUpSample, sample) = await SampleConsolidatedAsync(links, services.GetRequiredService<IDocumentStore<ConsolidatedRecord>>(), records, cancellationToken);
        Console.WriteLine(Invariant($"loaded in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));

        var container = services.GetRequiredService<CosmosClient>().GetDatabase(stack.Settings["Msix:Cosmos:DatabaseName"]).GetContainer(CosmosContainerNames.Students);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = stack.ApiBase };
        var tokens = Enumerable.Range(0, clients).Select(i => DevelopmentTokens.Mint(stack.DevelopmentSigningKey, Invariant($"bench-staff-{i}"), [Roles.SchoolStaff], "TX", TimeProvider.System)).ToList();

        async Task PointReadAsync(int client, (ChildRecord Record, string MsixId) item, CancellationToken token)
        {
            using var response = await container.ReadItemStreamAsync(item.MsixId, new PartitionKey(item.MsixId), cancellationToken: token);
            Require(response.StatusCode == HttpStatusCode.OK, "point read", response.StatusCode);
        }

        async Task GetAsync(int client, string path, string what, CancellationToken token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[client]);
            using var response = await http.SendAsync(request, token);
            await response.Content.CopyToAsync(Stream.Null, token);
            Require(response.StatusCode == HttpStatusCode.OK, what, response.StatusCode);
        }

        async Task HealthAsync(int client, (ChildRecord Record, string MsixId) item, CancellationToken token)
        {
            using var response = await http.GetAsync(new Uri("health", UriKind.Relative), HttpCompletionOption.ResponseContentRead, token);
            Require(response.StatusCode == HttpStatusCode.OK, "health check", response.StatusCode);
        }

        Task RecordReadAsync(int client, (ChildRecord Record, string MsixId) item, CancellationToken token) =>
            GetAsync(client, "students/" + item.MsixId, "record read", token);

        Task SearchAsync(int client, (ChildRecord Record, string MsixId) item, CancellationToken token) =>
            GetAsync(client, SearchPath(item.Record), "search", token);

        List<(string, int)> processes = [("client", Environment.ProcessId), ("host", stack.LocalHost.ProcessId), ("cosmosdb-server", stack.Cosmos.ProcessId)];
        Console.WriteLine(Invariant($"Each kind of request: {timing.WarmUpSeconds} s of warm-up on other children, then {timing.Seconds} s measured, from {clients} clients."));
        var measure = new BenchApiMeasurement(warmUpSample, sample, clients, timing, processes);
        var point = await measure.RunAsync("bare Cosmos point read", PointReadAsync, cancellationToken);
        // Not a goal: what the API costs before it does any work (no token, no store), beside the floor.
        var answer = await measure.RunAsync("API answering alone (GET /api/health)", HealthAsync, cancellationToken);
        var heads = services.GetRequiredService<IDocumentStore<AuditChainHead>>();
        var sealsBefore = await SealsAsync(heads, cancellationToken);
        var read = await measure.RunAsync("record read (GET /api/students/{msixId})", RecordReadAsync, cancellationToken);
        var sealsAfterReads = await SealsAsync(heads, cancellationToken);
        var search = await measure.RunAsync("search (first name, last name, birth date)", SearchAsync, cancellationToken);
        var sealsAfterSearches = await SealsAsync(heads, cancellationToken);
        Console.WriteLine(Invariant(
            $"audit seals: {read.Sent:N0} record reads in {sealsAfterReads - sealsBefore:N0} seals, {search.Sent:N0} searches in {sealsAfterSearches - sealsAfterReads:N0} (warm-ups included)"));
        await PrintListedAsync(http, tokens[0], sample.Take(200).ToList(), cancellationToken);
        Console.WriteLine(Invariant($"record read p95 / point read p95: {read.P95 / point.P95:F2} (goal at most 3); search p95 / point read p95: {search.P95 / point.P95:F2} (goal at most 10); the API answering alone: {answer.P95 / point.P95:F2}"));
        Console.WriteLine(Invariant(
            $"RESULT read_p95_ms={read.P95:F1} search_p95_ms={search.P95:F1} point_read_p95_ms={point.P95:F1} read_ratio={read.P95 / point.P95:F2} search_ratio={search.P95 / point.P95:F2}"));
        return 0;
    }

    /// <summary>How many seals the audit journals hold, by their heads (moved on every seal).</summary>
    private static async Task<long> SealsAsync(IDocumentStore<AuditChainHead> heads, CancellationToken cancellationToken)
    {
        var journals = new AuditOptions().SealJournals;
        var read = await Task.WhenAll(Enumerable.Range(0, journals)
            .Select(n => heads.ReadAsync(AuditSeal.HeadIdOf(AuditSeal.JournalName(n)), cancellationToken)));
        return read.Sum(h => h?.Document.Seq ?? 0);
    }

    /// <summary>How many children the searches list (each one read and recorded in its audit chain), after the timed runs.</summary>
    private static async Task PrintListedAsync(HttpClient http, string token, List<(ChildRecord Record, string MsixId)> sample, CancellationToken cancellationToken)
    {
        var listed = new List<int>(sample.Count);
        var found = 0;
        foreach (var (record, msixId) in sample)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(SearchPath(record), UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            Require(response.StatusCode == HttpStatusCode.OK, "search", response.StatusCode);
            using var page = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var hits = page.RootElement.GetProperty("hits");
            listed.Add(hits.GetArrayLength());
            found += hits.GetArrayLength() > 0 && hits[0].GetProperty("msixId").GetString() == msixId ? 1 : 0;
        }

        listed.Sort();
        Console.WriteLine(Invariant(
            $"searches list {listed.Average():F1} children on average (median {listed[listed.Count / 2]}, most {listed[^1]}); the child searched for comes first in {found} of {sample.Count}"));
    }

    /// <summary>The search for a child by first name, last name and birth date, as school staff would type them.</summary>
    private static string SearchPath(ChildRecord record)
    {
        var d = record.Demographics!;
        return Invariant($"students?firstName={Uri.EscapeDataString(d.FirstName)}&lastName={Uri.EscapeDataString(d.LastName1)}&birthDate={d.BirthDate:yyyy-MM-dd}");
    }

    /// <summary>
    /// Waits until every record is consolidated, then draws the children to read, at random: one sequence for the
    /// warm-ups and another, of other children, for the measured runs. Every kind of request goes through the
    /// same sequences from their start (round again should a run outlast one).
    /// </summary>
    private static async Task<(List<(ChildRecord Record, string MsixId)> WarmUp, List<(ChildRecord Record, string MsixId)> Measured)> SampleConsolidatedAsync(
        IDocumentStore<IdentityLink> links, IDocumentStore<ConsolidatedRecord> consolidated, List<ChildRecord> records, CancellationToken cancellationToken)
    {
        var msixIds = new string[records.Count];
        var deadline = DateTimeOffset.UtcNow.AddHours(3);
        await Parallel.ForEachAsync(Enumerable.Range(0, records.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, token) =>
        {
            while (true)
            {
                // The link is stored before the consolidated record takes the child's record: wait for both.
                if (await links.ReadAsync(IdentityLink.IdOf("TX", records[i].StateStudentId), token) is { } link
                    && await consolidated.ReadAsync(link.Document.MsixId, token) is { } record
                    && record.Document.Contributions.Any(c => c.Id == ContributionDocument.IdOf("TX", records[i].StateStudentId)))
                {
                    msixIds[i] = link.Document.MsixId;
                    return;
                }

                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException("The children were not all consolidated within three hours.");
                }

                await Task.Delay(500, token);
            }
        });

        // A tenth of the children (one at least) warm up; the others are measured.
        var order = Enumerable.Range(0, records.Count).ToArray();
        var random = new Random(Seed);
        random.Shuffle(order);
        var warmUpCount = Math.Max(1, records.Count / 10);
        var measuredFrom = order.Length > warmUpCount ? order[warmUpCount..] : order;
        List<(ChildRecord, string)> Draw(int[] from, int count) =>
            [.. Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]).Select(i => (records[i], msixIds[i]))];
        return (Draw(order[..warmUpCount], 100_000), Draw(measuredFrom, 200_000));
    }

    private static void Require(bool ok, string what, HttpStatusCode status)
    {
        if (!ok)
        {
            throw new InvalidOperationException(Invariant($"A {what} answered {(int)status}."));
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>How long each kind of request runs unmeasured, then measured.</summary>
    internal sealed record Timing(int WarmUpSeconds, int Seconds);
}
