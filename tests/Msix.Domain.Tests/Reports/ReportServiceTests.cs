using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Reports;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Reports.ReportRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>Computing the reports from the stores and keeping them as documents, with their child lists paged.</summary>
public sealed class ReportServiceTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly InMemoryDocumentStore<ConsolidatedRecord> _students = new();
    private readonly InMemoryDocumentStore<PeriodReportsDocument> _reports = new();
    private readonly InMemoryDocumentStore<ChildListPage> _pages = new();
    private readonly SettableTime _time = new(new DateTimeOffset(2026, 10, 15, 6, 0, 0, TimeSpan.Zero));

    private ReportService Service(int pageSize = 100) => new(
        _students,
        new InMemoryDocumentStore<AuditEntry>(),
        new InMemoryDocumentStore<SubmissionDocument>(),
        new InMemoryDocumentStore<NearMatchItem>(),
        _reports,
        _pages,
        Options.Create(new ReportOptions { ChildListPageSize = pageSize }),
        _time,
        NullLogger<ReportService>.Instance);

    private async Task StoreAsync(IEnumerable<ConsolidatedRecord> records)
    {
        foreach (var record in records)
        {
            await _students.UpsertAsync(record, Ct);
        }
    }

    /// <summary>250 Texas children eligible in 2025-2026, and the known nation.</summary>
    private static IEnumerable<ConsolidatedRecord> Nation() =>
    [
        .. KnownNation.Records(),
        .. Enumerable.Range(0, 250).Select(i => Simple($"M-TX{i:D3}", "TX", new DateOnly(2015, 1, 1), new DateOnly(2025, 9, 2), new DateOnly(2025, 8, 1))),
    ];

    [Fact]
    public async Task The_reports_are_stored_with_each_States_children_in_pages_and_read_back_whole()
    {
        await StoreAsync(Nation());

        var document = Assert.Single(await Service().ComputeAsync([new PerformancePeriod(2025)], Ct));

        Assert.Equal("reports-2025-2026", document.Id);
        Assert.Equal(KnownNation.Records().Count + 250, document.RecordsRead);
        var texas = Assert.Single(document.Reports.ChildCounts.States, s => s.State == "TX");
        Assert.Empty(texas.Category1MsixIds);
        Assert.Equal(new ChildListIndex("TX", 1, texas.Category1, 3), Assert.Single(document.ChildLists, l => l is { State: "TX", Category: 1 }));
        var stored = (await _reports.ReadAsync(document.Id, Ct))!.Document;
        var listed = await Service().ReadChildListAsync(stored, "TX", 1, Ct);
        Assert.Equal(texas.Category1, listed.Count);
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Contains("M-TX249", listed);
        Assert.Contains("M-MOVER", listed);
        Assert.Empty(await Service().ReadChildListAsync(stored, "NM", 1, Ct));
    }

    [Fact]
    public async Task A_rerun_over_the_same_records_gives_the_same_numbers()
    {
        await StoreAsync(Nation());
        var first = Assert.Single(await Service().ComputeAsync([new PerformancePeriod(2025)], Ct));
        _time.Now = _time.Now.AddDays(1);

        var second = Assert.Single(await Service().ComputeAsync([new PerformancePeriod(2025)], Ct));

        Assert.Equal(JsonSerializer.Serialize(first.Reports, MsixJson.Options), JsonSerializer.Serialize(second.Reports, MsixJson.Options));
        Assert.Equal(first.ChildLists, second.ChildLists);
        Assert.NotEqual(first.ComputedAt, second.ComputedAt);
    }

    [Fact]
    public async Task The_timer_computes_the_current_period_and_the_one_before()
    {
        await StoreAsync(Nation());

        var computed = await Service().ComputeDueAsync(Ct);

        Assert.Equal(["2026-2027", "2025-2026"], computed.Select(d => d.Period));
        Assert.NotNull(await Service().ReadAsync(new PerformancePeriod(2026), Ct));
        Assert.NotNull(await Service().ReadAsync(new PerformancePeriod(2025), Ct));
        Assert.Null(await Service().ReadAsync(new PerformancePeriod(2024), Ct));
    }

    [Fact]
    public async Task A_missing_page_is_reported_not_read_as_fewer_children()
    {
        await StoreAsync(Nation());
        var document = Assert.Single(await Service().ComputeAsync([new PerformancePeriod(2025)], Ct));
        var emptied = new InMemoryDocumentStore<ChildListPage>();
        var service = new ReportService(
            _students, new InMemoryDocumentStore<AuditEntry>(), new InMemoryDocumentStore<SubmissionDocument>(), new InMemoryDocumentStore<NearMatchItem>(),
            _reports, emptied, Options.Create(new ReportOptions()), _time, NullLogger<ReportService>.Instance);

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => service.ReadChildListAsync(document, "TX", 1, Ct));

        Assert.Contains("compute the reports again", e.Message, StringComparison.Ordinal);
    }
}
