using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Audit;
using Msix.Domain.Storage;
using static Msix.Cli.Commands.AuditCommand;

namespace Msix.Cli.Commands;

/// <summary>
/// msix audit anchor [--out FILE]: verifies every journal of seals and, when all are whole, writes down where each
/// one ends (its last seal's position and hash), one JSON line a journal, on the output or at the end of FILE. Kept
/// outside the exchange, the anchors let <c>msix audit verify --seals --anchors FILE</c> tell seals removed from a
/// journal's end, or its last seal resealed, even when whoever did it moved the journal's head to match. The
/// last line is "RESULT journals=... anchored=... ok=true|false [journal=... broken_at=... problem=...]"; the
/// exit code is 0 when anchored, 1 when a journal is broken (nothing is anchored), 2 when it could not be checked.
/// Anchors added to a file that holds some already are taken only once every journal still reaches those.
/// </summary>
internal static class AuditAnchorCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Add the anchors at the end of this file (created when missing) instead of writing them out." };
        var store = new AuditStoreOptions();
        var command = new Command("anchor", "Write down where every journal of seals ends, once verified, to check later that none was cut short or resealed.") { output };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            AnchorAsync(parse.GetValue(output), parse.GetValue(store.Journals), store.Target(parse), Writers.Of(parse, "msix audit anchor"), cancellationToken));
        return command;
    }

    private static async Task<int> AnchorAsync(string? file, int journals, Stack.ExchangeTarget target, Writers console, CancellationToken cancellationToken)
    {
        if (journals is < 1 or > 64)
        {
            return await Refuse(console, "--journals is a whole number from 1 to 64.");
        }

        // Anchors added to a file hold each journal to the anchors already there first, so a journal cut short since is not anchored anew.
        IReadOnlyList<AuditAnchor>? earlier = null;
        if (file is not null && File.Exists(file))
        {
            (earlier, var problem) = await AuditAnchorFile.ReadAsync(file, journals, cancellationToken);
            if (problem is not null)
            {
                return await Refuse(console, problem);
            }
        }

        console.Output.WriteLine(Invariant(
            $"Verifying and anchoring the {journals} journals of seals in database '{target.Database}' at {target.Endpoint}{(earlier is null ? "" : $", against the {earlier.Count} anchors of {file}")} ..."));
        var options = Options.Create(new AuditOptions { SealJournals = journals });
        var anchoring = await RunAsync(target, console, services => new AuditJournalVerifier(
            services.GetRequiredService<IDocumentStore<AuditSeal>>(),
            services.GetRequiredService<IDocumentStore<AuditEntry>>(),
            services.GetRequiredService<IDocumentStore<AuditChainHead>>(),
            options,
            NullLogger<AuditJournalVerifier>.Instance).AnchorAllAsync(earlier, DateTimeOffset.UtcNow, fromAnchors: false, cancellationToken));
        if (anchoring is null)
        {
            return 2;
        }

        var (verifications, anchors) = anchoring;

        var broken = verifications.FirstOrDefault(v => !v.Ok);
        if (broken is not null)
        {
            console.Output.WriteLine(Invariant($"{broken.Chain} is broken at seal {broken.BrokenAtSeq}: {broken.Reason}. Nothing was anchored."));
            console.Output.WriteLine(Invariant(
                $"RESULT journals={verifications.Count} anchored=0 ok=false journal={broken.Chain} broken_at={broken.BrokenAtSeq} problem={Code(broken.Problem!.Value)}"));
            return 1;
        }

        if (file is null)
        {
            foreach (var anchor in anchors)
            {
                console.Output.WriteLine(AuditAnchorLines.Line(anchor));
            }
        }
        else
        {
            await AuditAnchorFile.AppendAsync(file, anchors, cancellationToken);
            console.Output.WriteLine(Invariant($"{anchors.Count} {(anchors.Count == 1 ? "anchor" : "anchors")} added to {file}: keep it where no one who can write to the exchange's database can change it."));
        }

        console.Output.WriteLine(Invariant($"RESULT journals={verifications.Count} anchored={anchors.Count} ok=true"));
        return 0;
    }
}
