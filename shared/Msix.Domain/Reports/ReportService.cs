using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;

namespace Msix.Domain.Reports;

/// <summary>
/// Computes the national reports and keeps them as documents: one pass over the consolidated records, the audit
/// trail, the submissions and the near matches feeds every period asked for, holding counters only. A rerun over
/// the same data writes the same numbers (the documents are replaced whole, child lists first, so a reader never
/// sees a report whose lists are missing).
/// </summary>
public sealed partial class ReportService(
    IDocumentFeed<ConsolidatedRecord> students,
    IDocumentFeed<AuditEntry> audit,
    IDocumentFeed<SubmissionDocument> submissions,
    IDocumentFeed<NearMatchItem> nearMatches,
    IDocumentStore<PeriodReportsDocument> reports,
    IDocumentStore<ChildListPage> childLists,
    IOptions<ReportOptions> options,
    TimeProvider time,
    ILogger<ReportService> logger)
{
    /// <summary>The period of today and the earlier ones the options ask to compute again.</summary>
    public IReadOnlyList<PerformancePeriod> DuePeriods()
    {
        var current = PerformancePeriod.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return [.. Enumerable.Range(0, options.Value.EarlierPeriods + 1).Select(back => new PerformancePeriod(current.StartYear - back))];
    }

    /// <summary>Computes and stores the reports of the <see cref="DuePeriods"/>.</summary>
    public Task<IReadOnlyList<PeriodReportsDocument>> ComputeDueAsync(CancellationToken cancellationToken) =>
        ComputeAsync(DuePeriods(), cancellationToken);

    /// <summary>Computes and stores the reports of <paramref name="periods"/>, reading each source once.</summary>
    public async Task<IReadOnlyList<PeriodReportsDocument>> ComputeAsync(IReadOnlyList<PerformancePeriod> periods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var started = time.GetTimestamp();
        var builders = periods.Distinct().Select(p => new ReportBuilder(p)).ToList();
        await foreach (var record in students.ReadAllAsync(cancellationToken))
        {
            builders.ForEach(b => b.Add(record));
        }

        await foreach (var entry in audit.ReadAllAsync(cancellationToken))
        {
            builders.ForEach(b => b.Add(entry));
        }

        await foreach (var submission in submissions.ReadAllAsync(cancellationToken))
        {
            builders.ForEach(b => b.Add(submission));
        }

        await foreach (var item in nearMatches.ReadAllAsync(cancellationToken))
        {
            builders.ForEach(b => b.Add(item));
        }

        var stored = new List<PeriodReportsDocument>();
        foreach (var builder in builders)
        {
            stored.Add(await StoreAsync(builder, cancellationToken));
        }

        var seconds = time.GetElapsedTime(started).TotalSeconds;
        var records = builders.Count == 0 ? 0 : builders[0].RecordsRead;
        LogComputed(logger, stored.Count, records, seconds);
        return stored;
    }

    /// <summary>The stored reports of <paramref name="period"/>; null when they were never computed.</summary>
    public async Task<PeriodReportsDocument?> ReadAsync(PerformancePeriod period, CancellationToken cancellationToken) =>
        (await reports.ReadAsync(PeriodReportsDocument.IdOf(period), cancellationToken))?.Document;

    /// <summary>The MSIX IDs behind one State's Category 1 or 2 count in <paramref name="document"/>, in ordinal order.</summary>
    public async Task<IReadOnlyList<string>> ReadChildListAsync(PeriodReportsDocument document, string state, int category, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var index = document.ChildLists.FirstOrDefault(l => l.State == state && l.Category == category);
        if (index is null)
        {
            return [];
        }

        var children = new List<string>(index.Children);
        for (var page = 0; page < index.Pages; page++)
        {
            var stored = await childLists.ReadAsync(ChildListPage.IdOf(document.Period, state, category, page), cancellationToken)
                ?? throw new InvalidDataException($"Page {page} of the {state} Category {category} list of {document.Period} is missing; compute the reports again.");
            children.AddRange(stored.Document.MsixIds);
        }

        return children;
    }

    private async Task<PeriodReportsDocument> StoreAsync(ReportBuilder builder, CancellationToken cancellationToken)
    {
        var built = builder.Build();
        var period = built.Period.Label;
        var pageSize = options.Value.ChildListPageSize;
        var index = new List<ChildListIndex>();
        foreach (var state in built.ChildCounts.States)
        {
            foreach (var (category, ids) in new[] { (1, state.Category1MsixIds), (2, state.Category2MsixIds) })
            {
                var pages = ids.Chunk(pageSize).ToList();
                for (var page = 0; page < pages.Count; page++)
                {
                    await childLists.UpsertAsync(
                        new ChildListPage(ChildListPage.IdOf(period, state.State, category, page), period, state.State, category, page, pages[page]),
                        cancellationToken);
                }

                index.Add(new ChildListIndex(state.State, category, ids.Count, pages.Count));
            }
        }

        var document = new PeriodReportsDocument(
            PeriodReportsDocument.IdOf(built.Period),
            period,
            time.GetUtcNow(),
            builder.RecordsRead,
            built with { ChildCounts = built.ChildCounts.WithoutLists() },
            index);
        await reports.UpsertAsync(document, cancellationToken);
        var category1 = built.ChildCounts.States.Sum(s => s.Category1);
        LogStored(logger, period, built.Unduplicated.Nation, category1);
        return document;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports computed: {Periods} periods from {Records} consolidated records in {Seconds:F1} s")]
    private static partial void LogComputed(ILogger logger, int periods, long records, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports of {Period} stored: {Children} children in the nation, {Category1} Category 1 counts")]
    private static partial void LogStored(ILogger logger, string period, int children, int category1);
}
