using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Msix.Cli.Stack;
using Msix.DevStack;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Notices;
using Msix.Domain.Storage;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>
/// ./msix bench notify: N children enrolled in Texas, then enrolled in California; each move must reach both
/// States' contacts by mail (smtp4dev) once. Prints the time from California's submission to each mail's
/// arrival, and the mails received against those expected.
/// </summary>
internal static class BenchNotifyCommand
{
    private const int Seed = 20261127;

    public static Command Create()
    {
        var moves = new Option<int>("--moves") { Description = "Interstate moves (children enrolled in TX, then in CA).", DefaultValueFactory = _ => 1_000 };
        var command = new Command("notify", "Move notices: submission to mail arrival, and mails received against expected.") { moves };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(moves), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int moves, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var folder = Path.Combine(root, ".msix", "bench-notify");
        Directory.CreateDirectory(folder);
        await using var stack = await LocalStack.StartAsync(
            new LocalStackOptions(root, Path.Combine(folder, "logs"))
            {
                WithSmtp4dev = true,
                HostSettings = LocalStackOptions.Benchmark,
            },
            Console.Out,
            cancellationToken);
        await using var services = stack.CreateStoreServices();
        using var api = stack.ApiClient();
        using var mailbox = new Smtp4devMailbox(stack.Smtp4dev!);
        await mailbox.DeleteAllAsync(cancellationToken);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var texasContact = $"tx-moves-{tag}@tea.example.gov";
        var californiaContact = $"ca-moves-{tag}@cde.example.gov";
        await api.PutContactsAsync("TX", [new NoticeContact("TX records", texasContact, [])], cancellationToken);
        await api.PutContactsAsync("CA", [new NoticeContact("CA records", californiaContact, [])], cancellationToken);

        // Texas first, enrolled before the day of the move; California the day before today, as of a minute ago.
        var moveDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var texas = SyntheticPopulation.GenerateState("TX", moves, Seed, moveDay.AddDays(-2)).Select(r => r.Record).ToList();
        var california = texas.Select((r, i) => r with
        {
            StateStudentId = string.Create(CultureInfo.InvariantCulture, $"CA{i:D8}"),
            AsOf = DateTimeOffset.UtcNow.AddMinutes(-1),
            Demographics = r.Demographics! with { AlternateStateStudentIds = [] },
            Enrollments = [r.Enrollments[0] with { EnrollmentDate = moveDay, WithdrawalDate = null, SchoolOrProjectName = "Bench Elementary" }],
        }).ToList();

        Console.WriteLine(Invariant($"Loading {moves:N0} children in TX ..."));
        await UploadAsync(api, folder, "TX", texas, cancellationToken);
        var links = services.GetRequiredService<IDocumentStore<IdentityLink>>();
        await WaitLinkedAsync(links, "TX", texas, cancellationToken);

        Console.WriteLine(Invariant($"Enrolling them in CA and waiting for {moves * 2:N0} mails ..."));
        var submitted = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        await UploadAsync(api, folder, "CA", california, cancellationToken);
        var expected = moves * 2;
        IReadOnlyList<ReceivedMail> mails = [];
        try
        {
            mails = await mailbox.WaitForAsync(m => Ours(m, texasContact, californiaContact).Count >= expected, TimeSpan.FromMinutes(30), cancellationToken);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(e.Message);
            mails = await mailbox.MessagesAsync(cancellationToken);
        }

        // A little longer, so that any second copy of a mail would be counted too.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var ours = Ours(await mailbox.MessagesAsync(cancellationToken), texasContact, californiaContact);
        var duplicates = ours.Count - ours.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count();
        var latencies = ours.Select(m => Math.Max(0, (m.Date - submitted).TotalSeconds)).Order().ToList();
        var p50 = Percentiles.Of(latencies, 0.50);
        var p95 = Percentiles.Of(latencies, 0.95);
        Console.WriteLine(Invariant($"{ours.Count:N0} mails received of {expected:N0} expected in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s; {duplicates} duplicates"));
        Console.WriteLine(Invariant($"submission to mail: p50 {p50:F1} s, p95 {p95:F1} s (the mail's Date header, set as it is sent)"));
        Console.WriteLine(Invariant($"RESULT notices_expected={expected} mails_received={ours.Count} duplicates={duplicates} p95_s={p95:F1}"));
        return ours.Count == expected && duplicates == 0 ? 0 : 1;
    }

    private static List<ReceivedMail> Ours(IReadOnlyList<ReceivedMail> mails, string texas, string california) =>
        [.. mails.Where(m => m.IsTo(texas) || m.IsTo(california))];

    private static async Task UploadAsync(ExchangeApiClient api, string folder, string state, List<ChildRecord> records, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, $"{state}-bench.jsonl");
        await using (var output = File.Create(file))
        {
            await JsonLinesSubmissionWriter.WriteAllAsync(records, output, cancellationToken);
        }

        var receipt = await api.WaitForReceiptAsync(state, await api.UploadAsync(state, file, cancellationToken), TimeSpan.FromMinutes(30), cancellationToken);
        if (receipt.Counts.ChildrenAccepted != records.Count)
        {
            throw new InvalidOperationException(Invariant($"The {state} receipt accepted {receipt.Counts.ChildrenAccepted} of {records.Count} children."));
        }
    }

    private static async Task WaitLinkedAsync(IDocumentStore<IdentityLink> links, string state, List<ChildRecord> records, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(30);
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (record, token) =>
        {
            while (await links.ReadAsync(IdentityLink.IdOf(state, record.StateStudentId), token) is null)
            {
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException(Invariant($"The {state} children were not all consolidated within 30 minutes."));
                }

                await Task.Delay(250, token);
            }
        });
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
