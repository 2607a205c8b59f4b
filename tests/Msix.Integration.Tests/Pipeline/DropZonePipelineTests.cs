using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Infrastructure;
using Msix.Synthetic;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>A State drops a file in its drop-zone folder; the local host's triggers take it to receipts and consolidated records.</summary>
public sealed class DropZonePipelineTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task A_dropped_json_lines_file_ends_in_a_receipt_and_readable_consolidated_records_with_names_intact()
    {
        await using var host = PipelineHost.Start(emulators);
        var synthetic = PipelineData.Children("TX", 12, seed: 101);
        ChildRecord[] records = [PipelineData.Accented(synthetic[0]), .. synthetic.Skip(1)];
        var content = await PipelineData.JsonLinesAsync(records);

        await host.DropAsync("TX", "TX-20261125.jsonl", content);
        var receipt = await host.ReceiptAsync("TX", PipelineData.IdOf(content));

        Assert.Equal((ReceiptStatus.Accepted, "jsonl"), (receipt.Status, receipt.Format));
        Assert.Equal(new ReceiptCounts(12, 12, 0, 12, 0, 0, 0, 12, 0), receipt.Counts);
        Assert.Equal("TX/TX-20261125.jsonl", Assert.Single(receipt.Uploads).BlobName);
        var msixIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var msixId = await host.MsixIdAsync("TX", record.StateStudentId);
            Assert.True(MsixId.IsValid(msixId), msixId);
            Assert.True(msixIds.Add(msixId), "Two children share an MSIX ID.");
            var view = await host.StudentAsync(msixId, v => v.Contributions.Count == 1);
            AssertHolds(view, "TX", record, receipt.SubmissionId);
        }

        var accented = await host.StudentAsync(await host.MsixIdAsync("TX", records[0].StateStudentId), _ => true);
        Assert.Equal(("Íñigo José", "Ángel", "Peña", "Muñoz Núñez"), (accented.Demographics.FirstName.Value, accented.Demographics.MiddleName?.Value, accented.Demographics.LastName1.Value, accented.Demographics.LastName2?.Value));

        // No personal data in the log: no name, birth date or State student ID of any child.
        var log = string.Join("\n", host.Factory.Logs.Entries.Select(e => e.Message));
        Assert.Contains(receipt.SubmissionId, log, StringComparison.Ordinal);
        foreach (var record in records)
        {
            var demographics = record.Demographics!;
            string[] personal = [demographics.FirstName, demographics.LastName1, record.StateStudentId, demographics.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
            Assert.DoesNotContain(personal, value => Regex.IsMatch(log, $@"\b{Regex.Escape(value)}\b"));
        }
    }

    [Fact]
    public async Task A_file_dropped_within_the_second_of_a_file_already_picked_up_is_ingested_too()
    {
        // Azurite dates blobs to the second, and the WebJobs SDK's scan of an emulator's container (every 2 s)
        // only picks up blobs dated after the newest it has seen. The test learns when the scans happen (a
        // scan picks a file up at once), drops a file just before a scan within the scan's second, and drops
        // the next one as soon as the first is picked up: the second file is dated in the second of a file the
        // scan has already seen. It tries until that happens, and checks that every file is ingested.
        await using var host = PipelineHost.Start(emulators);
        var dropZone = host.Blobs.GetBlobContainerClient(BlobContainerNames.DropZone);
        var dropped = new List<(string SubmissionId, DateTimeOffset Modified)>();

        async Task<DateTimeOffset> DropAndWaitUntilPickedUpAsync()
        {
            var content = await PipelineData.JsonLinesAsync(PipelineData.Children("TX", 1, seed: 900 + dropped.Count));
            var name = $"TX-{dropped.Count:D2}.jsonl";
            await host.DropAsync("TX", name, content);
            var properties = await dropZone.GetBlobClient($"TX/{name}").GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken);
            dropped.Add((PipelineData.IdOf(content), properties.Value.LastModified));
            await host.PickedUpAsync("TX", dropped[^1].SubmissionId);
            return DateTimeOffset.UtcNow;
        }

        var pickedUp = await DropAndWaitUntilPickedUpAsync();
        var sameSecond = false;
        for (var attempt = 0; attempt < 8 && !sameSecond; attempt++)
        {
            // The next scan comes about 2 s after the last pick-up; drop a file shortly before it, in its second.
            var scan = pickedUp + TimeSpan.FromMilliseconds(1970);
            var secondOfScan = scan.AddTicks(-(scan.Ticks % TimeSpan.TicksPerSecond));
            var drop = Max(secondOfScan + TimeSpan.FromMilliseconds(10), scan - TimeSpan.FromMilliseconds(250));
            var wait = drop - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, TestContext.Current.CancellationToken);
            }

            await DropAndWaitUntilPickedUpAsync();
            pickedUp = await DropAndWaitUntilPickedUpAsync();
            sameSecond = dropped[^1].Modified == dropped[^2].Modified;
        }

        Assert.True(sameSecond, $"No file landed in the second of one already picked up in {dropped.Count} drops.");
        foreach (var (submissionId, _) in dropped)
        {
            Assert.Equal(ReceiptStatus.Accepted, (await host.ReceiptAsync("TX", submissionId)).Status);
        }

        static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    }

    [Fact]
    public async Task A_child_who_moved_is_linked_to_one_MSIX_ID_holding_both_States_contributions_and_the_evidence()
    {
        await using var host = PipelineHost.Start(emulators);
        var options = new SyntheticOptions(404, 40, ["TX", "CA"]) { Today = PipelineData.Today, MoverShare = 1.0, VariationRate = 0 };
        var mover = SyntheticPopulation.GenerateFamilies(options).SelectMany(f => f.Children)
            .First(c => c.States.Contains("TX") && c.States.Contains("CA") && !c.Truth.MultipleBirthFlag);
        var texas = mover.Records.Single(r => r.State == "TX").Record;
        var california = mover.Records.Single(r => r.State == "CA").Record;
        var texasFile = await PipelineData.JsonLinesAsync([texas]);
        var californiaFile = await PipelineData.JsonLinesAsync([california]);

        await host.DropAsync("TX", "TX-20261125.jsonl", texasFile);
        Assert.Equal(ReceiptStatus.Accepted, (await host.ReceiptAsync("TX", PipelineData.IdOf(texasFile))).Status);
        var texasId = await host.MsixIdAsync("TX", texas.StateStudentId);
        await host.StudentAsync(texasId, v => v.Contributions.Count == 1);
        await host.DropAsync("CA", "CA-20261125.jsonl", californiaFile);
        Assert.Equal(ReceiptStatus.Accepted, (await host.ReceiptAsync("CA", PipelineData.IdOf(californiaFile))).Status);

        var californiaId = await host.MsixIdAsync("CA", california.StateStudentId);
        Assert.Equal(texasId, californiaId);
        var view = await host.StudentAsync(texasId, v => v.Contributions.Count == 2);
        AssertHolds(view, "TX", texas, PipelineData.IdOf(texasFile));
        AssertHolds(view, "CA", california, PipelineData.IdOf(californiaFile));
        var link = view.Contributions.Single(c => c.State == "CA").Link!;
        Assert.Equal(IdentityLink.AutoLinkMethod, link.Method);
        Assert.True(link.Decision!.Link!.Evidence.Probability >= link.Decision.Thresholds.AutoLinkProbability);
    }

    [Fact]
    public async Task The_same_file_sent_again_changes_nothing_and_its_receipt_says_so()
    {
        await using var host = PipelineHost.Start(emulators);
        var records = PipelineData.Children("TX", 6, seed: 303);
        var content = await PipelineData.JsonLinesAsync(records);
        var submissionId = PipelineData.IdOf(content);
        await host.DropAsync("TX", "TX-20261125.jsonl", content);
        var first = await host.ReceiptAsync("TX", submissionId);
        var msixIds = new List<string>();
        foreach (var record in records)
        {
            msixIds.Add(await host.MsixIdAsync("TX", record.StateStudentId));
            await host.StudentAsync(msixIds[^1], v => v.Contributions.Count == 1);
        }

        var contributionIds = records.Select(r => ContributionDocument.IdOf("TX", r.StateStudentId)).ToList();
        var contributions = await host.ETagsAsync<ContributionDocument>(contributionIds);
        var students = await host.ETagsAsync<ConsolidatedRecord>(msixIds);
        Assert.Equal(6, host.Factory.Messages.Sent.Count);

        await host.DropAsync("TX", "TX-20261125-again.jsonl", content);
        var again = await host.ReceiptAsync("TX", submissionId, r => r.Uploads.Count == 2);
        using (var body = new ByteArrayContent(content))
        {
            using var posted = await host.Http.PostAsync(new Uri("/api/states/TX/submissions", UriKind.Relative), body, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        var third = await host.ReceiptAsync("TX", submissionId, r => r.Uploads.Count == 3);

        Assert.Equal(
            [("TX/TX-20261125.jsonl", false), ("TX/TX-20261125-again.jsonl", true)],
            again.Uploads.Select(u => (u.BlobName, u.Duplicate)));
        Assert.True(third.Uploads[2].Duplicate);
        Assert.StartsWith("TX/http-", third.Uploads[2].BlobName, StringComparison.Ordinal);
        Assert.Equal((first.Status, first.Counts, first.ProcessedAt), (third.Status, third.Counts, third.ProcessedAt));
        Assert.Equal(contributions, await host.ETagsAsync<ContributionDocument>(contributionIds));
        Assert.Equal(students, await host.ETagsAsync<ConsolidatedRecord>(msixIds));
        Assert.Equal(6, host.Factory.Messages.Sent.Count);
    }

    [Fact]
    public async Task A_delete_record_removes_only_that_States_contribution()
    {
        await using var host = PipelineHost.Start(emulators);
        var texas = PipelineData.Children("TX", 2, seed: 505);
        var california = PipelineData.Children("CA", 1, seed: 506)[0];
        var texasFile = await PipelineData.JsonLinesAsync(texas);
        await host.DropAsync("TX", "TX-20261120.jsonl", texasFile);
        await host.ReceiptAsync("TX", PipelineData.IdOf(texasFile));
        var msixId = await host.MsixIdAsync("TX", texas[0].StateStudentId);
        var otherId = await host.MsixIdAsync("TX", texas[1].StateStudentId);
        await host.StudentAsync(otherId, v => v.Contributions.Count == 1);

        // The CA record is the same child: link it to the TX child's MSIX ID, as the matcher or an administrator's
        // merge would (deterministic linking alone gives it an MSIX ID of its own).
        var links = host.Service<IDocumentStore<IdentityLink>>();
        Assert.NotNull(await links.TryCreateAsync(
            new IdentityLink(IdentityLink.IdOf("CA", california.StateStudentId), "CA", california.StateStudentId, msixId, "test-merge", DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken));
        var californiaFile = await PipelineData.JsonLinesAsync([california]);
        await host.DropAsync("CA", "CA-20261120.jsonl", californiaFile);
        await host.StudentAsync(msixId, v => v.Contributions.Count == 2);
        var other = await host.ETagsAsync<ContributionDocument>([ContributionDocument.IdOf("TX", texas[1].StateStudentId)]);
        var otherRecord = await host.ETagsAsync<ConsolidatedRecord>([otherId]);

        var delete = new ChildRecord(RecordAction.Delete, texas[0].AsOf.AddHours(1), texas[0].StateStudentId, null, null, [], [], [], []);
        var deleteFile = await PipelineData.JsonLinesAsync([delete]);
        await host.DropAsync("TX", "TX-20261121.jsonl", deleteFile);
        var receipt = await host.ReceiptAsync("TX", PipelineData.IdOf(deleteFile));

        Assert.Equal(new ReceiptCounts(1, 1, 0, 0, 0, 0, 1, 1, 0), receipt.Counts);
        var view = await host.StudentAsync(msixId, v => v.Contributions.Count == 1);
        AssertHolds(view, "CA", california, PipelineData.IdOf(californiaFile));
        Assert.Equal("CA", view.Demographics.FirstName.State);
        var withdrawn = await host.Service<IDocumentStore<ContributionDocument>>()
            .ReadAsync(ContributionDocument.IdOf("TX", texas[0].StateStudentId), TestContext.Current.CancellationToken);
        Assert.True(withdrawn!.Document.Withdrawn);
        Assert.Equal(other, await host.ETagsAsync<ContributionDocument>(other.Keys));
        Assert.Equal(otherRecord, await host.ETagsAsync<ConsolidatedRecord>(otherRecord.Keys));
    }

    /// <summary>The consolidated record holds the State's contribution, exactly as the State sent it.</summary>
    internal static void AssertHolds(StudentRecordView view, string state, ChildRecord record, string submissionId)
    {
        var contribution = Assert.Single(view.Contributions, c => c.State == state);
        Assert.Equal((record.StateStudentId, record.AsOf, submissionId), (contribution.StateStudentId, contribution.AsOf, contribution.SubmissionId));
        AssertSameItems(record.QualifyingMoves, view.QualifyingMoves.Where(m => m.State == state).Select(m => m.QualifyingMove));
        AssertSameJson<IEnumerable<Enrollment>>(record.Enrollments.OrderByDescending(e => e.EnrollmentDate), view.Enrollments.Where(e => e.State == state).Select(e => e.Enrollment));
        AssertSameItems(record.Courses, view.Courses.SelectMany(y => y.Terms).SelectMany(t => t.Courses).Where(c => c.State == state).Select(c => c.Course));
        AssertSameItems(record.Assessments, view.Assessments.Where(a => a.State == state).Select(a => a.Assessment));
        if (view.Contributions.Count == 1)
        {
            var d = view.Demographics;
            Assert.Equal((state, record.AsOf), (d.FirstName.State, d.FirstName.AsOf));
            Assert.All([d.LastName1.State, d.Sex.State, d.BirthDate.State, d.MultipleBirthFlag.State], s => Assert.Equal(state, s));
            var shown = new Demographics(
                contribution.StateStudentIdType, contribution.AlternateStateStudentIds, d.FirstName.Value, d.MiddleName?.Value, d.LastName1.Value,
                d.LastName2?.Value, d.Suffix?.Value, d.Sex.Value, d.BirthDate.Value, d.BirthDateVerification?.Value, d.MultipleBirthFlag.Value,
                d.BirthCity?.Value, d.BirthState?.Value, d.BirthCountry?.Value, d.Parent1FirstName?.Value, d.Parent1LastName?.Value,
                d.Parent2FirstName?.Value, d.Parent2LastName?.Value);
            AssertSameJson(record.Demographics, shown);
        }
    }

    /// <summary>The same items in any order (the record view orders every State's items together).</summary>
    private static void AssertSameItems<T>(IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var left = actual.Select(a => JsonSerializer.SerializeToElement(a, MsixJson.Options)).ToList();
        foreach (var item in expected.Select(e => JsonSerializer.SerializeToElement(e, MsixJson.Options)))
        {
            var same = left.FindIndex(a => JsonElement.DeepEquals(item, a));
            Assert.True(same >= 0, $"missing from the record view: {item.GetRawText()}");
            left.RemoveAt(same);
        }

        Assert.Empty(left);
    }

    /// <summary>The same values (a number is its value: 10.0 and 10 are the same clock hours), every string exactly.</summary>
    internal static void AssertSameJson<T>(T expected, T actual)
    {
        var expectedJson = JsonSerializer.SerializeToElement(expected, MsixJson.Options);
        var actualJson = JsonSerializer.SerializeToElement(actual, MsixJson.Options);
        if (!JsonElement.DeepEquals(expectedJson, actualJson))
        {
            Assert.Equal(expectedJson.GetRawText(), actualJson.GetRawText());
        }
    }
}
