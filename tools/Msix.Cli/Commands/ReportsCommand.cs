using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Cli.Stack;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Reports;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Cli.Commands;

/// <summary>./msix reports compute: computes the national reports now, as the timer function does each day.</summary>
internal static class ReportsCommand
{
    public static Command Create()
    {
        var command = new Command("reports", "The national reports: unduplicated counts, child counts, reconciliation, mobility, use and data quality.");
        var period = new Option<string?>("--period") { Description = "The performance period, \"2025-2026\" or its start year. Default: the current one and the one before." };
        var connection = new Option<string?>("--connection") { Description = "A Cosmos DB connection string. Default: MsixCosmos from the environment, else the local stack's cosmosdb-server." };
        var cosmosPort = new Option<int>("--cosmos-port") { Description = "The local cosmosdb-server's port, when no connection string is given.", DefaultValueFactory = _ => ExchangeTarget.DefaultCosmosPort };
        var database = new Option<string?>("--database") { Description = "The database. Default: Msix__Cosmos__DatabaseName from the environment, else \"msix\"." };
        var compute = new Command("compute", "Compute the reports from the consolidated records, the audit trail, the submissions and the near matches, and store them.") { period, connection, cosmosPort, database };
        compute.SetAction((parse, cancellationToken) => ComputeAsync(
            parse.GetValue(period),
            ExchangeTarget.From(parse.GetValue(connection), parse.GetValue(cosmosPort), parse.GetValue(database)),
            cancellationToken));
        command.Subcommands.Add(compute);
        return command;
    }

    /// <summary>The report service over the stores of <paramref name="services"/> (the adapters only), with the default options.</summary>
    public static ReportService ServiceOver(IServiceProvider services) => new(
        services.GetRequiredService<IDocumentFeed<ConsolidatedRecord>>(),
        services.GetRequiredService<IDocumentFeed<AuditEntry>>(),
        services.GetRequiredService<IDocumentFeed<SubmissionDocument>>(),
        services.GetRequiredService<IDocumentFeed<NearMatchItem>>(),
        services.GetRequiredService<IDocumentStore<PeriodReportsDocument>>(),
        services.GetRequiredService<IDocumentStore<ChildListPage>>(),
        Options.Create(new ReportOptions()),
        TimeProvider.System,
        NullLogger<ReportService>.Instance);

    private static async Task<int> ComputeAsync(string? period, ExchangeTarget target, CancellationToken cancellationToken)
    {
        PerformancePeriod? asked = null;
        if (period is not null && !PerformancePeriod.TryParse(period, out asked))
        {
            await Console.Error.WriteLineAsync($"msix: --period '{period}' is not a performance period: write 2025-2026 or 2025.");
            return 2;
        }

        await using var services = target.CreateServices();
        var reports = ServiceOver(services);
        var computed = asked is null
            ? await reports.ComputeDueAsync(cancellationToken)
            : await reports.ComputeAsync([asked], cancellationToken);
        foreach (var document in computed)
        {
            var r = document.Reports;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{document.Period}: {r.Unduplicated.Nation:N0} children in the nation, {r.ChildCounts.States.Sum(s => s.Category1):N0} Category 1 and {r.ChildCounts.States.Sum(s => s.Category2):N0} Category 2 counts in {r.ChildCounts.States.Count} States, {r.Mobility.Total:N0} interstate moves ({document.RecordsRead:N0} records read)"));
        }

        var last = computed[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT periods={computed.Count} records={last.RecordsRead} children={last.Reports.Unduplicated.Nation} category1={last.Reports.ChildCounts.States.Sum(s => s.Category1)} moves={last.Reports.Mobility.Total}"));
        return 0;
    }
}
