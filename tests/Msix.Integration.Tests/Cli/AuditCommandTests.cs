using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters.Setup;
using Msix.Cli.Commands;
using Msix.Domain.Audit;
using Msix.Domain.Identity;
using Msix.Domain.Storage;
using Msix.Integration.Tests.DevStack;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Cli;

/// <summary>
/// <c>msix audit verify</c> and <c>msix audit anchor</c> as an administrator runs them, against cosmosdb-server: its exit code (0 whole,
/// 1 broken, 2 not checked) and its last line, for a chain and for the journals of seals, before and after
/// someone with write access alters an entry or removes a chain's last one.
/// </summary>
public sealed class AuditCommandTests(EmulatorsFixture emulators)
{
    private const string Staff = "staff-7";

    [Fact]
    public async Task A_whole_chain_and_its_seals_verify_and_an_altered_or_removed_entry_is_reported()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = emulators.CreateEnvironment();
        await using var exchange = environment.CreateExchangeServices();
        await exchange.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(ct);
        var child = MsixId.NewId();
        var trail = exchange.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 5; i++)
        {
            await trail.AppendAsync(new AuditEvent(Staff, "SchoolStaff", "TX", DateTimeOffset.UtcNow, "GetStudent", [child], null), ct);
        }

        var whole = await VerifyAsync(environment, ct, "--student", child);
        Assert.Equal((0, $"RESULT chain=student:{child} entries=5 ok=true"), (whole.ExitCode, whole.LastLine));
        var sealedWhole = await VerifyAsync(environment, ct, "--seals");
        Assert.Equal(0, sealedWhole.ExitCode);
        Assert.Matches(@"^RESULT journals=4 seals=\d+ ok=true$", sealedWhole.LastLine);

        // Someone with write access changes who read the record, in the third entry of the child's chain.
        var entries = exchange.GetRequiredService<IDocumentStore<AuditEntry>>();
        var third = (await entries.ReadAsync(AuditEntry.IdOf(AuditChain.ForStudent(child), 3), ct))!.Document;
        await entries.UpsertAsync(third with { ActorUserId = "someone-else" }, ct);

        var altered = await VerifyAsync(environment, ct, "--chain", $"student:{child}");
        Assert.Equal((1, $"RESULT chain=student:{child} entries=2 ok=false broken_at=3 problem=hash_mismatch"), (altered.ExitCode, altered.LastLine));
        var userChain = AuditChain.ForUser(Staff);
        var user = await VerifyAsync(environment, ct, "--user", Staff);
        Assert.Equal((0, $"RESULT chain={userChain.Name} entries=5 ok=true"), (user.ExitCode, user.LastLine));

        // The last entry of the user's chain is removed: the chain alone reads as whole, the seal naming that end does not.
        await RemoveAsync(environment, AuditEntry.IdOf(userChain, 5), ct);
        var shortened = await VerifyAsync(environment, ct, "--user", Staff);
        Assert.Equal((0, $"RESULT chain={userChain.Name} entries=4 ok=true"), (shortened.ExitCode, shortened.LastLine));
        var sealedBroken = await VerifyAsync(environment, ct, "--seals");
        Assert.Equal(1, sealedBroken.ExitCode);
        Assert.Matches(@"^RESULT journals=4 seals=\d+ ok=false journal=\S+ broken_at=\d+ problem=gap$", sealedBroken.LastLine);
        Assert.Contains($"entry 5 of chain {userChain.ForLog}, sealed here, is missing", sealedBroken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anchors_written_down_tell_a_journal_whose_last_seal_was_removed_and_its_head_moved_back_to_match()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = emulators.CreateEnvironment();
        await using var exchange = environment.CreateExchangeServices();
        await exchange.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(ct);
        var trail = exchange.GetRequiredService<AuditTrail>();
        for (var i = 0; i < 4; i++)
        {
            await trail.AppendAsync(new AuditEvent(Staff, "SchoolStaff", "TX", DateTimeOffset.UtcNow, "SearchStudents", [MsixId.NewId()], null), ct);
        }

        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "anchors.jsonl");

        var printed = await RunAsync(environment, ct, "anchor");
        var anchored = await RunAsync(environment, ct, "anchor", "--out", file);
        Assert.Equal((0, "RESULT journals=4 anchored=1 ok=true"), (printed.ExitCode, printed.LastLine));
        Assert.Contains($"\"journal\":\"{trail.Journal}\",\"seq\":4,", printed.Output, StringComparison.Ordinal);
        Assert.Equal((0, "RESULT journals=4 anchored=1 ok=true"), (anchored.ExitCode, anchored.LastLine));
        Assert.Single(await File.ReadAllLinesAsync(file, ct));

        // Someone with write access removes the last seal and moves the journal's head back onto the one before.
        var seals = exchange.GetRequiredService<IDocumentStore<AuditSeal>>();
        var third = (await seals.ReadAsync(AuditSeal.IdOf(trail.Journal, 3), ct))!.Document;
        await RemoveAsync(environment, AuditSeal.IdOf(trail.Journal, 4), ct);
        await exchange.GetRequiredService<IDocumentStore<AuditChainHead>>()
            .UpsertAsync(new AuditChainHead(AuditSeal.HeadIdOf(trail.Journal), trail.Journal, 3, third.Hash), ct);

        var alone = await VerifyAsync(environment, ct, "--seals");
        var against = await VerifyAsync(environment, ct, "--seals", "--anchors", file);
        Assert.Equal((0, "RESULT journals=4 seals=3 ok=true"), (alone.ExitCode, alone.LastLine));
        Assert.Equal((1, $"RESULT journals=4 seals=3 ok=false journal={trail.Journal} broken_at=4 problem=gap"), (against.ExitCode, against.LastLine));
        Assert.Contains("seals were removed from its end", against.Output, StringComparison.Ordinal);

        // Anchoring again into the same file holds the journal to its anchor first: the cut is not anchored anew.
        var refused = await RunAsync(environment, ct, "anchor", "--out", file);
        Assert.Equal((1, $"RESULT journals=4 anchored=0 ok=false journal={trail.Journal} broken_at=4 problem=gap"), (refused.ExitCode, refused.LastLine));
        Assert.Single(await File.ReadAllLinesAsync(file, ct));
    }

    [Fact]
    public async Task Anchors_that_cannot_be_used_are_refused_with_exit_code_2()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = emulators.CreateEnvironment();
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "anchors.jsonl");

        var missing = await VerifyAsync(environment, ct, "--seals", "--anchors", file);
        await File.WriteAllLinesAsync(file, ["{\"journal\":\"seal:9\",\"seq\":3,\"hash\":\"ab\",\"anchoredAt\":\"2026-11-27T12:00:00Z\"}"], ct);
        var unknownJournal = await VerifyAsync(environment, ct, "--seals", "--anchors", file);
        await File.WriteAllLinesAsync(file, ["", "not json"], ct);
        var notJson = await VerifyAsync(environment, ct, "--seals", "--anchors", file);
        var ofAChain = await VerifyAsync(environment, ct, "--user", Staff, "--anchors", file);

        Assert.All([missing, unknownJournal, notJson, ofAChain], run => Assert.Equal(2, run.ExitCode));
        Assert.Contains("there is no file of anchors", missing.Error, StringComparison.Ordinal);
        Assert.Contains("line 1 of", unknownJournal.Error, StringComparison.Ordinal);
        Assert.Contains("seal:0 to seal:3", unknownJournal.Error, StringComparison.Ordinal);
        Assert.Contains("line 2 of", notJson.Error, StringComparison.Ordinal);
        Assert.Contains("--anchors goes with --seals", ofAChain.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_naming_no_chain_or_two_is_refused_with_exit_code_2()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = emulators.CreateEnvironment();

        var none = await VerifyAsync(environment, ct);
        var two = await VerifyAsync(environment, ct, "--user", Staff, "--student", MsixId.NewId());
        var sealsAndChain = await VerifyAsync(environment, ct, "--seals", "--user", Staff);

        Assert.All([none, two, sealsAndChain], run => Assert.Equal(2, run.ExitCode));
        Assert.Contains("name one chain", none.Error, StringComparison.Ordinal);
        Assert.Contains("name one chain", two.Error, StringComparison.Ordinal);
        Assert.Contains("name no chain with it", sealsAndChain.Error, StringComparison.Ordinal);
    }

    private static Task<Run> VerifyAsync(TestEnvironment environment, CancellationToken cancellationToken, params string[] arguments) =>
        RunAsync(environment, cancellationToken, ["verify", .. arguments]);

    private static async Task<Run> RunAsync(TestEnvironment environment, CancellationToken cancellationToken, params string[] arguments)
    {
        var root = new RootCommand { AuditCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] line = ["audit", .. arguments, "--connection", environment.CosmosConnectionString, "--database", environment.DatabaseName];
        var exitCode = await root.Parse(line).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        var text = output.ToString();
        return new Run(exitCode, text, error.ToString(), text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "");
    }

    /// <summary>Removes a document straight from the audit container, as someone with write access could.</summary>
    private static async Task RemoveAsync(TestEnvironment environment, string id, CancellationToken cancellationToken)
    {
        await using var services = environment.CreateExchangeServices();
        var container = services.GetRequiredService<Microsoft.Azure.Cosmos.CosmosClient>()
            .GetContainer(environment.DatabaseName, Msix.Adapters.Cosmos.CosmosContainerNames.Audit);
        using var response = await container.DeleteItemStreamAsync(id, new Microsoft.Azure.Cosmos.PartitionKey(id), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private sealed record Run(int ExitCode, string Output, string Error, string LastLine);
}
