using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Msix.Cli.Stack;
using Msix.DevStack;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Notices;
using Msix.Domain.Reports;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>
/// msix up: the whole exchange on this machine — Azurite, cosmosdb-server, smtp4dev and the local host —
/// seeded with demo data, until Ctrl-C stops all of it.
/// </summary>
internal static class UpCommand
{
    private static readonly string[] DemoStates = ["TX", "CA", "FL", "MI", "WA"];

    public static Command Create()
    {
        var children = new Option<int>("--children") { Description = "How many demo children to seed (0 for none).", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "The demo data's seed.", DefaultValueFactory = _ => 7 };
        var apiPort = new Option<int>("--api-port") { Description = "The local host's HTTP port.", DefaultValueFactory = _ => 7071 };
        var azuritePort = new Option<int>("--azurite-port") { Description = "Azurite's blob port; queue and table take the next two.", DefaultValueFactory = _ => 10000 };
        var cosmosPort = new Option<int>("--cosmos-port") { Description = "cosmosdb-server's port.", DefaultValueFactory = _ => 8081 };
        var mailPort = new Option<int>("--smtp4dev-port") { Description = "smtp4dev's web page.", DefaultValueFactory = _ => 5000 };
        var smtpPort = new Option<int>("--smtp-port") { Description = "smtp4dev's SMTP port.", DefaultValueFactory = _ => 2525 };
        var command = new Command("up", "Start the whole exchange locally with demo data; Ctrl-C stops everything.")
        {
            children, seed, apiPort, azuritePort, cosmosPort, mailPort, smtpPort,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new LocalStackOptions(RepositoryRoot.Find(), Path.Combine(RepositoryRoot.Find(), ".msix", "logs"))
            {
                ApiPort = parse.GetValue(apiPort),
                AzuritePort = parse.GetValue(azuritePort),
                CosmosPort = parse.GetValue(cosmosPort),
                WithSmtp4dev = true,
                Smtp4devPort = parse.GetValue(mailPort),
                SmtpPort = parse.GetValue(smtpPort),
            },
            parse.GetValue(children),
            parse.GetValue(seed),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(LocalStackOptions options, int children, int seed, CancellationToken cancellationToken)
    {
        LocalStack? stack = null;
        try
        {
            stack = await LocalStack.StartAsync(options, Console.Out, cancellationToken);
            var demo = children > 0 ? await SeedAsync(stack, options.RepositoryRoot, children, seed, cancellationToken) : null;
            PrintWhereToLook(stack, demo);
            await WaitUntilStoppedAsync(stack, cancellationToken);
            return 0;
        }
        catch (DevStackException e)
        {
            await Console.Error.WriteLineAsync($"msix up: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        finally
        {
            if (stack is not null)
            {
                Console.WriteLine("Stopping the local host and the emulators ...");
                await stack.DisposeAsync();
                Console.WriteLine("Stopped.");
            }
        }
    }

    /// <summary>The demo: synthetic children of five States, some of whom moved; three States send JSON Lines over HTTP, two drop zips of CSV files.</summary>
    private static async Task<DemoData> SeedAsync(LocalStack stack, string root, int children, int seed, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Seeding {children} demo children in {string.Join(", ", DemoStates)} ...");
        // As of yesterday: the generator stamps each record during its day, which must not lie in the future.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(-1);
        var synthetic = new SyntheticOptions(seed, children, DemoStates) { Today = today };
        var folder = Path.Combine(root, ".msix", "demo");
        var jsonl = await SyntheticSubmissionSet.WriteAsync(synthetic, Path.Combine(folder, "jsonl"), SubmissionFormatKind.JsonLines, cancellationToken);
        await SyntheticSubmissionSet.WriteAsync(synthetic, Path.Combine(folder, "csv"), SubmissionFormatKind.CsvZip, cancellationToken);

        using var api = stack.ApiClient();

        // Each State's move-notice contact first, so the demo's moves are mailed to the local mail sink.
        foreach (var state in DemoStates)
        {
            await api.PutContactsAsync(state, [new NoticeContact($"{state} MEP records office", $"mep-records@{state.ToLowerInvariant()}.example.org", [])], cancellationToken);
        }

        var dropZone = new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient(BlobContainerNames.DropZone);
        var submissions = new List<(string State, string SubmissionId)>();
        foreach (var (state, index) in DemoStates.Select((s, i) => (s, i)))
        {
            if (index < 3)
            {
                var path = SyntheticSubmissionSet.FilePath(Path.Combine(folder, "jsonl"), state, today, SubmissionFormatKind.JsonLines);
                submissions.Add((state, await api.UploadAsync(state, path, cancellationToken)));
            }
            else
            {
                var path = SyntheticSubmissionSet.FilePath(Path.Combine(folder, "csv"), state, today, SubmissionFormatKind.CsvZip);
                await using var file = File.OpenRead(path);
                var submissionId = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
                file.Position = 0;
                await dropZone.GetBlobClient($"{state}/{Path.GetFileName(path)}").UploadAsync(file, overwrite: true, cancellationToken);
                submissions.Add((state, submissionId));
            }
        }

        var receipts = new List<Receipt>();
        foreach (var (state, submissionId) in submissions)
        {
            receipts.Add(await api.WaitForReceiptAsync(state, submissionId, TimeSpan.FromMinutes(5), cancellationToken));
        }

        // One child who moved: the MSIX IDs of its States' records, once consolidated.
        var truth = (await File.ReadAllLinesAsync(jsonl.TruthFile, cancellationToken)).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new TruthEntry(f[0], f[1], f[2]))
            .ToList();
        var mover = truth.GroupBy(t => t.TruthId).FirstOrDefault(g => g.Select(t => t.State).Distinct().Count() > 1)?.ToList()
            ?? truth.Take(1).ToList();
        await using var services = stack.CreateStoreServices();
        var links = services.GetRequiredService<IDocumentStore<IdentityLink>>();
        var moverIds = new List<(TruthEntry Record, string MsixId)>();
        foreach (var record in mover)
        {
            moverIds.Add((record, await WaitForMsixIdAsync(links, api, record, cancellationToken)));
        }

        var contributions = services.GetRequiredService<IDocumentStore<ContributionDocument>>();
        var moverRecord = (await contributions.ReadAsync(ContributionDocument.IdOf(mover[0].State, mover[0].StateStudentId), cancellationToken))?.Document.Record.Demographics;

        // The national reports of the demo, as the daily timer would compute them, once every child is linked.
        var accepted = receipts.Sum(r => r.Counts.ChildrenAccepted);
        var linked = await WaitForLinksAsync(services.GetRequiredService<IDocumentFeed<IdentityLink>>(), accepted, cancellationToken);
        if (linked < accepted)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {linked} of {accepted} records consolidated after three minutes; the reports count those (./msix reports compute counts again)."));
        }

        var reports = await ReportsCommand.ServiceOver(services).ComputeDueAsync(cancellationToken);

        return new DemoData(jsonl, receipts, moverIds, moverRecord, reports[0].Period);
    }

    /// <summary>Waits, up to three minutes, until <paramref name="expected"/> State records are linked to MSIX IDs; returns how many are.</summary>
    private static async Task<long> WaitForLinksAsync(IDocumentFeed<IdentityLink> links, long expected, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(3);
        long count;
        while (true)
        {
            count = 0;
            await foreach (var _ in links.ReadAllAsync(cancellationToken))
            {
                count++;
            }

            if (count >= expected || DateTimeOffset.UtcNow >= deadline)
            {
                return count;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    private static async Task<string> WaitForMsixIdAsync(IDocumentStore<IdentityLink> links, ExchangeApiClient api, TruthEntry record, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var link = await links.ReadAsync(IdentityLink.IdOf(record.State, record.StateStudentId), cancellationToken);
            if (link is not null && await api.StudentReadableAsync(link.Document.MsixId, cancellationToken))
            {
                return link.Document.MsixId;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new DevStackException($"The {record.State} record {record.StateStudentId} was not consolidated within two minutes; see {Path.Combine(".msix", "logs", "localhost.log")}.");
    }

    private static void PrintWhereToLook(LocalStack stack, DemoData? demo)
    {
        var api = stack.ApiBase.ToString().TrimEnd('/');
        var lines = new List<string>
        {
            "",
            "The exchange is running.",
            $"  API              {api}    (health: {api}/health)",
        };
        if (stack.Smtp4dev is { } mail)
        {
            lines.Add($"  Mail (smtp4dev)  {mail.WebUrl}    (SMTP {Smtp4devServer.SmtpHost}:{mail.SmtpPort}; the move notices of the demo's moves)");
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  Azurite          blobs :{stack.Azurite.BlobPort}, queues :{stack.Azurite.QueuePort}    (drop zone: container '{BlobContainerNames.DropZone}', a folder per State)"));
        lines.Add($"  Cosmos DB        {stack.Cosmos.Endpoint}    (cosmosdb-server, database 'msix')");
        lines.Add($"  Logs             {stack.LogFolder}");
        if (demo is not null)
        {
            lines.Add("");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Demo data: {demo.Set.Children} children, {demo.Set.Records} State records in {DemoStates.Length} States, {demo.Set.Movers} moved between States, {demo.Set.Twins} twins."));
            foreach (var receipt in demo.Receipts)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {receipt.State} {receipt.Format,-8} {StatusCode(receipt.Status),-20} {receipt.Counts.ChildrenAccepted} accepted, {receipt.Counts.ChildrenRejected} rejected    {api}/states/{receipt.State}/submissions/{receipt.SubmissionId}"));
            }

            var msixId = demo.Mover[0].MsixId;
            var state = demo.Receipts[0].State;
            lines.Add("");
            lines.Add("Sign in: every call but health and the API document needs a token (8 hours; only this local host trusts it):");
            lines.Add($"  STAFF=$(./msix token --role SchoolStaff --state TX)");
            lines.Add($"  ADMIN=$(./msix token --role StateDataAdministrator --state {state})");
            lines.Add($"  SYSADMIN=$(./msix token --role SystemAdministrator)");
            lines.Add($"  FEDERAL=$(./msix token --role FederalStaff)");
            lines.Add("Try:");
            if (demo.MoverDemographics is { } d)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  curl -s -H \"Authorization: Bearer $STAFF\" \"{api}/students?firstName={Uri.EscapeDataString(d.FirstName)}&lastName={Uri.EscapeDataString(d.LastName1)}&birthDate={d.BirthDate:yyyy-MM-dd}\""));
            }

            lines.Add($"  curl -s -H \"Authorization: Bearer $STAFF\" {api}/students/{msixId}");
            lines.Add($"  curl -s -H \"Authorization: Bearer $STAFF\" {api}/students/{msixId}/print -o record.html    (the printable record)");
            lines.Add($"  curl -s -H \"Authorization: Bearer $ADMIN\" {api}/states/{state}/submissions/{demo.Receipts[0].SubmissionId}");
            lines.Add($"  curl -s -H \"Authorization: Bearer $ADMIN\" -X POST --data-binary @docs/examples/TX-example.jsonl {api}/states/{state}/submissions");
            lines.Add($"  curl -s -H \"Authorization: Bearer $ADMIN\" {api}/states/{state}/worklist    (near matches for its data administrators)");
            lines.Add($"  curl -s -H \"Authorization: Bearer $SYSADMIN\" {api}/students/{msixId}/audit    (who read the record)");
            lines.Add($"  curl -s -H \"Authorization: Bearer $ADMIN\" {api}/states/{state}/notices    (move notices and how their mails went)");
            lines.Add($"  curl -s -H \"Authorization: Bearer $FEDERAL\" \"{api}/reports/unduplicated-counts?period={demo.ReportPeriod}\"    (national counts; reports: {string.Join(", ", ReportNames.All)})");
            lines.Add($"  curl -s -H \"Authorization: Bearer $FEDERAL\" \"{api}/reports/mobility?period={demo.ReportPeriod}&format=html\" -o mobility.html    (a page with its charts; ?format=csv for a spreadsheet)");
            lines.Add($"  curl -s -H \"Authorization: Bearer $ADMIN\" \"{api}/states/{state}/reports/child-counts/children?period={demo.ReportPeriod}\"    (the children behind the State's count)");
            lines.Add($"  {api}/docs    (every operation, and who may call it)");
            if (demo.Mover.Count > 1)
            {
                lines.Add($"  (a child who moved: {string.Join(", ", demo.Mover.Select(m => $"{m.Record.State} record {m.Record.StateStudentId} -> MSIX ID {m.MsixId}"))})");
            }
        }

        lines.Add("");
        lines.Add("Press Ctrl-C to stop everything.");
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    private static async Task WaitUntilStoppedAsync(LocalStack stack, CancellationToken cancellationToken)
    {
        while (!stack.LocalHost.HasExited)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        throw new DevStackException($"The local host stopped on its own. Its log ({stack.LocalHost.LogFile}) ends:{Environment.NewLine}{stack.LocalHost.LogTail()}");
    }

    private static string StatusCode(ReceiptStatus status) => JsonSerializer.Serialize(status).Trim('"');

    private sealed record DemoData(SyntheticSummary Set, IReadOnlyList<Receipt> Receipts, IReadOnlyList<(TruthEntry Record, string MsixId)> Mover, Demographics? MoverDemographics, string ReportPeriod);
}
