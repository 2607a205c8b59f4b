using System.Text.Json;
using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Submissions;

/// <summary>
/// Nothing is lost: an ingest that dies part-way (a message not sent, a write not made) and is then delivered
/// again ends exactly as one clean run of the same file into a fresh store: the same contributions, the same
/// consolidation requests once duplicates are removed, and the same receipt.
/// </summary>
public sealed class IngestCrashResumeTests
{
    private const string MainFile = "TX-20261002.jsonl";

    public static TheoryData<string, int> Crashes => new()
    {
        { "message", 0 },
        { "message", 7 },
        { "message", 30 },
        { "contribution", 0 },
        { "contribution", 9 },
        { "contribution", 33 },
        // One write marks the submission as processing; the next, at the very end, marks it completed.
        { "submission", 1 },
    };

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task A_crash_part_way_then_a_redelivery_ends_as_one_clean_run(string failing, int failAfter)
    {
        var (previous, main) = await FilesAsync();
        var fault = new Fault();
        using var crashed = new IngestTestbed(
            messages: bed => failing == "message" ? new CrashingMessageSender(bed.Messages, fault) : bed.Messages,
            contributions: bed => failing == "contribution" ? new CrashingDocumentStore<ContributionDocument>(bed.Contributions, fault) : bed.Contributions,
            submissions: bed => failing == "submission" ? new CrashingDocumentStore<SubmissionDocument>(bed.Submissions, fault) : bed.Submissions);
        await crashed.IngestAsync("TX", "TX-20261001.jsonl", previous);
        var submissionId = IngestFiles.IdOf(main);

        fault.ArmAfter(failAfter);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.IngestAsync("TX", MainFile, main));
        Assert.Equal(SubmissionStatus.Processing, (await crashed.SubmissionAsync("TX", submissionId))!.Status);
        fault.Disarm();
        var resumed = await crashed.IngestAsync("TX", MainFile, main);

        using var clean = new IngestTestbed();
        await clean.IngestAsync("TX", "TX-20261001.jsonl", previous);
        var sentBefore = clean.Requests.Count;
        var expected = await clean.IngestAsync("TX", MainFile, main);

        // The clean run shows every kind of outcome, so the comparison covers each of them.
        Assert.Equal(new ReceiptCounts(44, 43, 1, 40, 1, 1, 1, 44, 1), expected.Counts);
        Assert.Equal(expected.Counts, resumed.Counts);
        Assert.Equal(expected.Status, resumed.Status);
        Assert.Equal(Json(expected.Errors), Json(resumed.Errors));
        Assert.Equal(Json(expected.Counts), Json(crashed.Receipts.Receipt("TX", submissionId).Counts));
        var document = await crashed.SubmissionAsync("TX", submissionId);
        Assert.Equal((SubmissionStatus.Completed, 2), (document!.Status, document.Attempts));

        Assert.Equal(Snapshot(clean.Contributions), Snapshot(crashed.Contributions));
        // One clean run sends one request per stored or withdrawn child; the crashed run may repeat some.
        Assert.Equal(41, clean.Requests.Skip(sentBefore).Distinct().Count());
        Assert.Equal(41, clean.Requests.Count - sentBefore);
        Assert.Equal(Sorted(clean.Requests.Distinct()), Sorted(crashed.Requests.Distinct()));
    }

    [Fact]
    public async Task The_crash_really_stops_part_way()
    {
        var (previous, main) = await FilesAsync();
        var fault = new Fault();
        using var crashed = new IngestTestbed(messages: bed => new CrashingMessageSender(bed.Messages, fault));
        await crashed.IngestAsync("TX", "TX-20261001.jsonl", previous);
        var before = crashed.Requests.Count;

        fault.ArmAfter(7);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.IngestAsync("TX", MainFile, main));

        Assert.Equal(7, crashed.Requests.Count - before);
        var stored = crashed.Contributions.All.Count(c => c.SubmissionId == IngestFiles.IdOf(main));
        Assert.InRange(stored, 8, 40);
        Assert.DoesNotContain(("TX", IngestFiles.IdOf(main)), crashed.Receipts.Submissions);
    }

    /// <summary>
    /// An earlier submission, and the file that crashes: 40 new children (stored), one sent again unchanged,
    /// one older than held (skipped), one deleted (withdrawn) and one with an error (rejected).
    /// </summary>
    private static async Task<(byte[] Previous, byte[] Main)> FilesAsync()
    {
        var previous = await IngestFiles.JsonLinesAsync(
        [
            TestRecords.Child("TXP001"),
            TestRecords.Child("TXP002", firstName: "Josué", asOf: TestRecords.AsOf.AddDays(5)),
            TestRecords.Child("TXP003"),
        ]);
        ChildRecord[] others =
        [
            TestRecords.Child("TXP001"),
            TestRecords.Child("TXP002", firstName: "José"),
            TestRecords.Delete("TXP003", TestRecords.AsOf.AddDays(1)),
            TestRecords.Child("TXP004", firstName: ""),
        ];
        var main = await IngestFiles.JsonLinesAsync([.. IngestFiles.Synthetic(40, seed: 5), .. others]);
        return (previous, main);
    }

    private static IReadOnlyList<string> Snapshot(InMemoryDocumentStore<ContributionDocument> store) =>
        [.. store.All.OrderBy(c => c.Id, StringComparer.Ordinal).Select(Json)];

    private static IReadOnlyList<ConsolidationRequest> Sorted(IEnumerable<ConsolidationRequest> requests) =>
        [.. requests.OrderBy(r => r.State, StringComparer.Ordinal).ThenBy(r => r.StateStudentId, StringComparer.Ordinal)];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MsixJson.Options);
}
