using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Msix.Cli.Stack;
using Msix.DevStack;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>
/// msix bench ingest. Part 1: parse+validate throughput of a 100,000-child zip of CSV files against the
/// throughput of merely reading the same file with the same reader (the ceiling), and peak memory.
/// Part 2: end to end, from the upload of 10,000 children to every consolidated record readable over HTTP,
/// beside the emulator's raw upsert rate measured in the same run.
/// </summary>
internal static class BenchIngestCommand
{
    private const int Seed = 2026;
    private const int RawUpserts = 3000;

    public static Command Create()
    {
        var children = new Option<int>("--children") { Description = "Children in the parse benchmark's file.", DefaultValueFactory = _ => 100_000 };
        var e2eChildren = new Option<int>("--e2e-children") { Description = "Children sent through the whole pipeline (0 to skip).", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each reading; the median is reported.", DefaultValueFactory = _ => 3 };
        var command = new Command("ingest", "Ingest throughput, memory and end-to-end time.") { children, e2eChildren, runs };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(children), parse.GetValue(e2eChildren), parse.GetValue(runs), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int children, int e2eChildren, int runs, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var folder = Path.Combine(root, ".msix", "bench");
        Directory.CreateDirectory(folder);

        var parse = await MeasureParseAsync(folder, children, runs, cancellationToken);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(Invariant($"peak memory of this process (generation, reading, parsing): {peakMb:F0} MB (goal: under 300 MB)"));

        var e2e = e2eChildren > 0 ? await MeasureEndToEndAsync(root, folder, e2eChildren, cancellationToken) : (RecordsPerSecond: 0.0, UpsertsPerSecond: 0.0);
        Console.WriteLine(Invariant(
            $"RESULT ingest_ratio={parse:F2} peak_mb={peakMb:F0} e2e_records_per_s={e2e.RecordsPerSecond:F0} store_upserts_per_s={e2e.UpsertsPerSecond:F0}"));
        return 0;
    }

    /// <summary>Median throughput of ReadAsync (every child parsed, validated, assembled) over that of CountRowsAsync (the same reader, rows only).</summary>
    private static async Task<double> MeasureParseAsync(string folder, int children, int runs, CancellationToken cancellationToken)
    {
        var file = await EnsureFileAsync(folder, children, cancellationToken);
        var warmUp = await EnsureFileAsync(folder, Math.Min(children, 2_000), cancellationToken);
        var limits = new SubmissionLimits { WorkDirectory = Path.Combine(folder, "work") };
        var reader = new SubmissionReader(limits, TimeProvider.System);
        await CountAsync(reader, warmUp, cancellationToken);
        await ParseAsync(reader, limits, warmUp, cancellationToken);

        var mere = new List<double>();
        var full = new List<double>();
        RowCount rows = new("", 0, 0);
        long parsedChildren = 0;
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            rows = await CountAsync(reader, file, cancellationToken);
            mere.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);

            started = Stopwatch.GetTimestamp();
            parsedChildren = await ParseAsync(reader, limits, file, cancellationToken);
            full.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        var mereSeconds = Median(mere);
        var fullSeconds = Median(full);
        var megabytes = new FileInfo(file).Length / (1024.0 * 1024.0);
        Console.WriteLine(Invariant($"file: {Path.GetFileName(file)}, {children:N0} children, {rows.Rows:N0} rows, {megabytes:F1} MB zipped ({rows.Bytes / (1024.0 * 1024.0):F0} MB of CSV)"));
        Console.WriteLine(Invariant($"mere read (ceiling):  {mereSeconds:F2} s  {rows.Rows / mereSeconds,12:N0} rows/s   (median of {runs}: {string.Join(", ", mere.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(Invariant($"parse+validate:       {fullSeconds:F2} s  {rows.Rows / fullSeconds,12:N0} rows/s   (median of {runs}: {string.Join(", ", full.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))}); {parsedChildren:N0} children accepted"));
        var ratio = mereSeconds / fullSeconds;
        Console.WriteLine(Invariant($"ratio parse+validate / mere read: {ratio:F2} (goal: at least 0.5)"));
        return ratio;
    }

    private static async Task<RowCount> CountAsync(SubmissionReader reader, string file, CancellationToken cancellationToken) =>
        await reader.CountRowsAsync(file, cancellationToken);

    private static async Task<long> ParseAsync(SubmissionReader reader, SubmissionLimits limits, string file, CancellationToken cancellationToken)
    {
        var errors = new SubmissionErrorLog(limits.MaxReceiptErrors);
        long accepted = 0;
        await foreach (var child in reader.ReadAsync(file, Path.GetFileName(file), errors, new ReadProgress(), cancellationToken))
        {
            accepted += child.Record is null ? 0 : 1;
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The benchmark file has {errors.Count} errors; it should have none.");
        }

        return accepted;
    }

    /// <summary>A saved file of one State's synthetic children (generated once, then reused).</summary>
    private static async Task<string> EnsureFileAsync(string folder, int children, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, Invariant($"TX-{children}-seed{Seed}.zip"));
        if (File.Exists(path))
        {
            return path;
        }

        Console.WriteLine(Invariant($"Generating {children:N0} children into {path} ..."));
        var partial = path + ".partial";
        await using (var output = File.Create(partial))
        {
            var records = SyntheticPopulation.GenerateState("TX", children, Seed).Select(r => r.Record);
            await CsvZipSubmissionWriter.WriteAllAsync(records, output, cancellationToken, entryTime: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), workDirectory: folder);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static async Task<(double RecordsPerSecond, double UpsertsPerSecond)> MeasureEndToEndAsync(
        string root, string folder, int children, CancellationToken cancellationToken)
    {
        Console.WriteLine(Invariant($"End to end: {children:N0} children through the local host, Azurite and cosmosdb-server ..."));
        await using var stack = await LocalStack.StartAsync(new LocalStackOptions(root, Path.Combine(folder, "logs")), TextWriter.Null, cancellationToken);
        await using var services = stack.CreateStoreServices();

        var file = Path.Combine(folder, Invariant($"TX-e2e-{children}.jsonl"));
        var records = SyntheticPopulation.GenerateState("TX", children, Seed + 1).Select(r => r.Record).ToList();
        await using (var output = File.Create(file))
        {
            await JsonLinesSubmissionWriter.WriteAllAsync(records, output, cancellationToken);
        }

        var upserts = await MeasureRawUpsertsAsync(services.GetRequiredService<CosmosClient>(), records, cancellationToken);
        Console.WriteLine(Invariant($"emulator raw upserts (16 at once, contribution-sized documents): {upserts:F0}/s"));

        using var api = stack.ApiClient();
        var links = services.GetRequiredService<IDocumentStore<IdentityLink>>();
        var consolidated = services.GetRequiredService<IDocumentStore<ConsolidatedRecord>>();
        var started = Stopwatch.GetTimestamp();
        var submissionId = await api.UploadAsync("TX", file, cancellationToken);
        var receipt = await api.WaitForReceiptAsync("TX", submissionId, TimeSpan.FromMinutes(30), cancellationToken);
        var ingested = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (receipt.Counts.ChildrenAccepted != children)
        {
            throw new InvalidOperationException($"The receipt accepted {receipt.Counts.ChildrenAccepted} of {children} children.");
        }

        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (record, token) =>
        {
            var deadline = DateTimeOffset.UtcNow.AddMinutes(30);
            while (true)
            {
                // Read from the store, not through the API: polling as one school-staff user would be stopped by
                // the per-user rate limit, and every read would be audited, which is not what is measured here.
                if (await links.ReadAsync(IdentityLink.IdOf("TX", record.StateStudentId), token) is { } link
                    && await consolidated.ReadAsync(link.Document.MsixId, token) is { } stored
                    && stored.Document.Contributions.Any(c => c.Id == ContributionDocument.IdOf("TX", record.StateStudentId)))
                {
                    return;
                }

                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException($"A record was not consolidated within 30 minutes; see {stack.LogFolder}.");
                }

                await Task.Delay(250, token);
            }
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var perSecond = children / seconds;
        Console.WriteLine(Invariant($"upload to receipt: {ingested:F1} s; upload to every consolidated record readable: {seconds:F1} s = {perSecond:F0} children/s"));
        Console.WriteLine(Invariant($"end to end / raw upsert rate: {perSecond / upserts:F2} (each child takes dozens of store operations: its contribution, the reads and writes of its blocking keys and candidates, its identity link and consolidated record)"));
        return (perSecond, upserts);
    }

    /// <summary>The emulator's own ceiling: upserts of documents the size of real contributions, as many at once as ingest writes.</summary>
    private static async Task<double> MeasureRawUpsertsAsync(CosmosClient client, List<ChildRecord> records, CancellationToken cancellationToken)
    {
        Database database = await client.CreateDatabaseIfNotExistsAsync("bench-raw-upserts", cancellationToken: cancellationToken);
        Container container = await database.CreateContainerIfNotExistsAsync(new ContainerProperties("upserts", "/id"), cancellationToken: cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var documents = Enumerable.Range(0, RawUpserts)
            .Select(i => records[i % records.Count])
            .Select((r, i) => new ContributionDocument(Invariant($"TX-{i}"), "TX", r.StateStudentId, r.AsOf, "bench", now, "hash", false, r))
            .ToList();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (document, token) =>
            await container.UpsertItemAsync(document, new PartitionKey(document.Id), cancellationToken: token));
        var perSecond = RawUpserts / Stopwatch.GetElapsedTime(started).TotalSeconds;
        await database.DeleteAsync(cancellationToken: cancellationToken);
        return perSecond;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
