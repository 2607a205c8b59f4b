using System.CommandLine;
using System.Globalization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Adapters.Cosmos;
using Msix.Cli.Stack;
using Msix.Domain.Audit;
using Msix.Domain.Storage;

namespace Msix.Cli.Commands;

/// <summary>
/// msix audit verify --chain user:ID | student:MSIXID (or --user ID, --student MSIXID): walks one audit chain
/// in the configured Cosmos DB — by default the local stack's cosmosdb-server (`msix up`, port 8081,
/// database "msix") — and checks every entry's hash and link. The last line is
/// "RESULT chain=... entries=... ok=true|false [broken_at=... problem=...]". With --seals (and --journals N)
/// it walks every journal of seals instead and checks that each chain end they name is still there, and with
/// --anchors FILE that each journal still reaches its latest anchor there (see <see cref="AuditAnchorCommand"/>)
/// ("RESULT journals=... seals=... ok=true|false [journal=... broken_at=... problem=...]"). The exit code is
/// 0 when all is whole, 1 when something is broken, 2 when it could not be checked.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The audit trail of reads, searches and identity work.");
        command.Subcommands.Add(CreateVerify());
        command.Subcommands.Add(AuditAnchorCommand.Create());
        return command;
    }

    private static Command CreateVerify()
    {
        var chain = new Option<string?>("--chain") { Description = "The chain to verify, as stored: user:ID or student:MSIXID." };
        var user = new Option<string?>("--user") { Description = "Verify this user's chain (the user id is the token's subject)." };
        var student = new Option<string?>("--student") { Description = "Verify this child's chain (an MSIX ID)." };
        var seals = new Option<bool>("--seals")
        {
            Description = "Verify every journal of seals instead: each seal's hash and link, and that every chain end it names is still there (no entry removed from a chain's end).",
        };
        var anchors = new Option<string?>("--anchors")
        {
            Description = "With --seals: a file of anchors (msix audit anchor --out): each journal must still reach its anchored seal, with the anchored hash.",
        };
        var store = new AuditStoreOptions();
        var command = new Command("verify", "Verify one audit chain (every entry's hash and its link to the entry before), or the seals of every chain's end.")
        {
            chain, user, student, seals, anchors,
        };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var target = store.Target(parse);
            var console = Writers.Of(parse, "msix audit verify");
            return parse.GetValue(seals)
                ? VerifySealsAsync(parse.GetValue(chain) ?? parse.GetValue(user) ?? parse.GetValue(student), parse.GetValue(store.Journals), parse.GetValue(anchors), target, console, cancellationToken)
                : parse.GetValue(anchors) is not null
                    ? Refuse(console, "--anchors goes with --seals: anchors are of the journals of seals, not of one chain.")
                    : VerifyChainAsync(parse.GetValue(chain), parse.GetValue(user), parse.GetValue(student), target, console, cancellationToken);
        });
        return command;
    }

    private static async Task<int> VerifyChainAsync(string? chainName, string? user, string? student, ExchangeTarget target, Writers console, CancellationToken cancellationToken)
    {
        if (new[] { chainName, user, student }.Count(v => !string.IsNullOrEmpty(v)) != 1)
        {
            return await Refuse(console, "name one chain: --chain user:ID|student:MSIXID, --user ID or --student MSIXID (or --seals alone).");
        }

        AuditChain chain;
        try
        {
            chain = chainName is not null ? AuditChain.Parse(chainName)
                : user is not null ? AuditChain.ForUser(user)
                : AuditChain.ForStudent(student!);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return await Refuse(console, e.Message);
        }

        console.Output.WriteLine($"Verifying audit chain {chain.Name} in database '{target.Database}' at {target.Endpoint} ...");
        var result = await RunAsync(target, console, services => new AuditChainVerifier(
            services.GetRequiredService<IDocumentStore<AuditEntry>>(),
            services.GetRequiredService<IDocumentStore<AuditChainHead>>(),
            Options.Create(new AuditOptions()),
            NullLogger<AuditChainVerifier>.Instance).VerifyAsync(chain, cancellationToken));
        if (result is null)
        {
            return 2;
        }

        console.Output.WriteLine(result.Ok
            ? Invariant($"{result.EntriesChecked} entries checked: every hash and every link is right.")
            : Invariant($"{result.EntriesChecked} entries checked before entry {result.BrokenAtSeq}, where the chain is broken: {result.Reason}."));
        console.Output.WriteLine(result.Ok
            ? Invariant($"RESULT chain={chain.Name} entries={result.EntriesChecked} ok=true")
            : Invariant($"RESULT chain={chain.Name} entries={result.EntriesChecked} ok=false broken_at={result.BrokenAtSeq} problem={Code(result.Problem!.Value)}"));
        return result.Ok ? 0 : 1;
    }

    private static async Task<int> VerifySealsAsync(string? chosenChain, int journals, string? anchorFile, ExchangeTarget target, Writers console, CancellationToken cancellationToken)
    {
        if (chosenChain is not null)
        {
            return await Refuse(console, "--seals verifies every journal; name no chain with it.");
        }

        if (journals is < 1 or > 64)
        {
            return await Refuse(console, "--journals is a whole number from 1 to 64.");
        }

        IReadOnlyList<AuditAnchor>? anchors = null;
        if (anchorFile is not null)
        {
            (anchors, var problem) = await AuditAnchorFile.ReadAsync(anchorFile, journals, cancellationToken);
            if (problem is not null)
            {
                return await Refuse(console, problem);
            }

            console.Output.WriteLine(Invariant($"Against {anchors!.Count} anchors from {anchorFile}, the latest of each journal."));
        }

        var options = new AuditOptions { SealJournals = journals };
        console.Output.WriteLine(Invariant($"Verifying the {options.SealJournals} journals of seals in database '{target.Database}' at {target.Endpoint} ..."));
        var results = await RunAsync(target, console, services => new AuditJournalVerifier(
            services.GetRequiredService<IDocumentStore<AuditSeal>>(),
            services.GetRequiredService<IDocumentStore<AuditEntry>>(),
            services.GetRequiredService<IDocumentStore<AuditChainHead>>(),
            Options.Create(options),
            NullLogger<AuditJournalVerifier>.Instance).VerifyAllAsync(anchors, cancellationToken));
        if (results is null)
        {
            return 2;
        }

        foreach (var result in results)
        {
            console.Output.WriteLine(result.Ok
                ? Invariant($"{result.Chain}: {result.EntriesChecked} seals checked: every hash and link is right, and every chain end they name is there.")
                : Invariant($"{result.Chain}: {result.EntriesChecked} seals checked before seal {result.BrokenAtSeq}, where it is broken: {result.Reason}."));
        }

        var broken = results.FirstOrDefault(r => !r.Ok);
        var seals = results.Sum(r => r.EntriesChecked);
        console.Output.WriteLine(broken is null
            ? Invariant($"RESULT journals={results.Count} seals={seals} ok=true")
            : Invariant($"RESULT journals={results.Count} seals={seals} ok=false journal={broken.Chain} broken_at={broken.BrokenAtSeq} problem={Code(broken.Problem!.Value)}"));
        return broken is null ? 0 : 1;
    }

    /// <summary>Runs <paramref name="verify"/> over the target's stores; null (the reason written) when Cosmos DB could not be used.</summary>
    internal static async Task<T?> RunAsync<T>(ExchangeTarget target, Writers console, Func<IServiceProvider, Task<T>> verify)
        where T : class
    {
        try
        {
            await using var services = target.CreateServices();
            return await verify(services);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"{console.Command}: the Cosmos DB connection is not usable: {e.Message}");
        }
        catch (CosmosException e)
        {
            await console.Error.WriteLineAsync(Invariant(
                $"{console.Command}: Cosmos DB answered {(int)e.StatusCode} ({e.StatusCode}): is the database '{target.Database}' there with its '{CosmosContainerNames.Audit}' container?"));
        }
        catch (HttpRequestException e)
        {
            await console.Error.WriteLineAsync($"{console.Command}: Cosmos DB could not be reached at {target.Endpoint} ({e.Message}). Is the local stack running (./msix up)?");
        }

        return null;
    }

    /// <summary>Writes why the command cannot run as asked; its exit code, 2.</summary>
    internal static async Task<int> Refuse(Writers console, string reason)
    {
        await console.Error.WriteLineAsync($"{console.Command}: {reason}");
        return 2;
    }

    internal static string Code(AuditBreak problem) => problem switch
    {
        AuditBreak.HashMismatch => "hash_mismatch",
        AuditBreak.LinkMismatch => "link_mismatch",
        AuditBreak.Gap => "gap",
        _ => problem.ToString(),
    };

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a command writes (the invocation's output and error: the console's, unless a caller gives others), and its name for messages.</summary>
    internal sealed record Writers(TextWriter Output, TextWriter Error, string Command)
    {
        public static Writers Of(ParseResult parse, string command) =>
            new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, command);
    }
}
