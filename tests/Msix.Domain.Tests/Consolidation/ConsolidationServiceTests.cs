using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Records;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Consolidation;

public sealed class ConsolidationServiceTests
{
    private readonly InMemoryDocumentStore<ContributionDocument> _contributions = new();
    private readonly InMemoryDocumentStore<ConsolidatedRecord> _records = new();
    private readonly InMemoryDocumentStore<IdentityLink> _links = new();
    private readonly ContributionWriter _writer;
    private readonly ConsolidationService _service;
    private readonly TestIdentityResolver _identity;

    public ConsolidationServiceTests()
    {
        _writer = new ContributionWriter(_contributions, new RecordingMessageSender(), TimeProvider.System);
        _identity = new TestIdentityResolver(_links, _records, _contributions);
        _service = new ConsolidationService(_contributions, _records, _identity.Resolver, new NoticeTestbed(_records, new RecordingMessageSender(), TimeProvider.System).Service, TimeProvider.System, NullLogger<ConsolidationService>.Instance);
    }

    private async Task<string> ConsolidateAsync(string state, Mde.ChildRecord record, string submission = "s1")
    {
        await _writer.StoreAsync(state, submission, record, CancellationToken.None);
        await _service.ConsolidateAsync(new ConsolidationRequest(state, record.StateStudentId), CancellationToken.None);
        return (await _links.ReadAsync(IdentityLink.IdOf(state, record.StateStudentId), CancellationToken.None))?.Document.MsixId ?? "";
    }

    private async Task<ConsolidatedRecord> RecordOf(string msixId) =>
        (await _records.ReadAsync(msixId, CancellationToken.None))!.Document;

    [Fact]
    public async Task A_new_record_gets_a_valid_msix_id_and_a_consolidated_record()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child());
        Assert.True(MsixId.IsValid(msixId));
        var record = await RecordOf(msixId);
        var contribution = Assert.Single(record.Contributions);
        Assert.Equal("TX", contribution.State);
        Assert.Equal("s1", contribution.SubmissionId);
    }

    [Fact]
    public async Task The_matcher_does_not_read_again_a_blocking_key_it_saw_full()
    {
        Mde.ChildRecord Maria(int i)
        {
            var child = TestRecords.Child($"M{i}", "María");
            return child with { Demographics = child.Demographics! with { LastName1 = "García", LastName2 = null, BirthDate = new DateOnly(2005, 1, 1).AddDays(i * 40), BirthCity = $"City{i}" } };
        }

        for (var i = 0; i < 90; i++)
        {
            await ConsolidateAsync("TX", Maria(i));
        }

        var next = Maria(90);
        var keys = BlockingKeys.Of(MatchRecordFactory.FromChild("TX", next)).Distinct(StringComparer.Ordinal).ToList();
        var full = keys.Count(_identity.FullKeys.IsFull);
        var before = _identity.BlockReads.Reads;

        await ConsolidateAsync("TX", next);

        Assert.InRange(full, 1, keys.Count - 1);
        Assert.Equal(keys.Count - full, _identity.BlockReads.Reads - before);
    }

    [Fact]
    public async Task A_record_seen_before_keeps_its_msix_id_and_is_replaced()
    {
        var first = await ConsolidateAsync("TX", TestRecords.Child(firstName: "José"));
        var second = await ConsolidateAsync("TX", TestRecords.Child(firstName: "Josué", asOf: TestRecords.AsOf.AddDays(1)), "s2");
        Assert.Equal(first, second);
        var contribution = Assert.Single((await RecordOf(first)).Contributions);
        Assert.Equal("Josué", contribution.Record.Demographics!.FirstName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("TX", null)]
    [InlineData(null, "TX001")]
    [InlineData("TX", " ")]
    public async Task A_request_that_names_no_record_fails_instead_of_vanishing(string? state, string? stateStudentId)
    {
        // A queue message such as {} reads as a request of nulls; failing it sends it to the poison queue.
        var request = new ConsolidationRequest(state!, stateStudentId!);

        await Assert.ThrowsAsync<InvalidDataException>(() => _service.ConsolidateAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Consolidating_again_changes_nothing()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child());
        var before = await _records.ReadAsync(msixId, CancellationToken.None);
        await _service.ConsolidateAsync(new ConsolidationRequest("TX", "TX001"), CancellationToken.None);
        var after = await _records.ReadAsync(msixId, CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag);
    }

    [Fact]
    public async Task The_consolidated_record_holds_a_copy_of_each_State_records_link_until_it_is_withdrawn()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child());
        var link = (await _links.ReadAsync("TX-TX001", CancellationToken.None))!.Document;

        var copy = Assert.Single((await RecordOf(msixId)).Links!);
        Assert.Equal((link.Id, link.MsixId, link.Method, link.LinkedAt), (copy.Id, copy.MsixId, copy.Method, copy.LinkedAt));
        Assert.Null(copy.KeyedFields);

        await ConsolidateAsync("TX", TestRecords.Delete(asOf: TestRecords.AsOf.AddDays(1)), "s2");
        Assert.Empty((await RecordOf(msixId)).Links!);
    }

    [Fact]
    public async Task A_record_kept_before_link_copies_gets_its_copy_when_its_State_record_comes_again_unchanged()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child());
        var stored = await _records.ReadAsync(msixId, CancellationToken.None);
        await _records.UpsertAsync(stored!.Document with { Links = null }, CancellationToken.None);

        await _service.ConsolidateAsync(new ConsolidationRequest("TX", "TX001"), CancellationToken.None);

        Assert.Equal(msixId, Assert.Single((await RecordOf(msixId)).Links!).MsixId);
    }

    [Fact]
    public async Task A_withdrawn_record_leaves_the_consolidated_record_and_nothing_else()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child());
        await ConsolidateAsync("TX", TestRecords.Delete(asOf: TestRecords.AsOf.AddDays(1)), "s2");
        Assert.Empty((await RecordOf(msixId)).Contributions);
        Assert.Null(await new StudentRecordReader(_records, _links).GetAsync(msixId, CancellationToken.None));
    }

    [Fact]
    public async Task Parallel_consumers_of_the_same_new_child_end_with_one_msix_id()
    {
        await _writer.StoreAsync("TX", "s1", TestRecords.Child(), CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
            await _service.ConsolidateAsync(new ConsolidationRequest("TX", "TX001"), ct));

        var link = (await _links.ReadAsync("TX-TX001", CancellationToken.None))!.Document;
        var withContributions = _records.All.Where(r => r.Contributions.Count > 0).ToList();
        var record = Assert.Single(withContributions);
        Assert.Equal(link.MsixId, record.MsixId);
        Assert.Single(record.Contributions);
    }

    [Fact]
    public async Task The_record_view_takes_demographics_from_the_newest_contribution()
    {
        var msixId = await ConsolidateAsync("TX", TestRecords.Child(firstName: "José"));
        await _writer.StoreAsync("TX", "s2", TestRecords.Child(firstName: "José Ángel", asOf: TestRecords.AsOf.AddDays(5)), CancellationToken.None);
        await _service.ConsolidateAsync(new ConsolidationRequest("TX", "TX001"), CancellationToken.None);

        var view = await new StudentRecordReader(_records, _links).GetAsync(msixId, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(("José Ángel", "TX", TestRecords.AsOf.AddDays(5)), (view.Demographics.FirstName.Value, view.Demographics.FirstName.State, view.Demographics.FirstName.AsOf));
        Assert.Empty(view.Demographics.FirstName.Disagreements);
    }

    [Fact]
    public async Task A_child_who_moved_to_another_State_is_linked_to_the_same_msix_id_with_its_evidence()
    {
        var texas = await ConsolidateAsync("TX", TestRecords.Child("TX001"));
        var california = await ConsolidateAsync("CA", TestRecords.Child("CA-778", firstName: "JOSE"));

        Assert.Equal(texas, california);
        Assert.Equal(["CA", "TX"], (await RecordOf(texas)).Contributions.Select(c => c.State).Order());
        var link = (await _links.ReadAsync("CA-CA-778", CancellationToken.None))!.Document;
        Assert.Equal(IdentityLink.AutoLinkMethod, link.Method);
        Assert.Equal(MatchOutcome.AutoLink, link.Decision!.Outcome);
        Assert.Contains(link.Decision.Link!.Evidence.Fields, f => f.Comparison == "BirthDate" && f.LevelName == "exact");
        var view = await new StudentRecordReader(_records, _links).GetAsync(texas, CancellationToken.None);
        Assert.Equal(IdentityLink.AutoLinkMethod, view!.Contributions.Single(c => c.State == "CA").Link!.Method);
    }

    [Fact]
    public async Task Two_States_records_of_one_new_child_consolidated_at_the_same_moment_end_with_one_msix_id()
    {
        // Each round is a new child: two records of it consolidated at once by two consumers.
        for (var round = 0; round < 20; round++)
        {
            var first = $"TX-{round}";
            var second = $"CA-{round}";
            var child = TestRecords.Child() with { Demographics = TestRecords.Child().Demographics! with { BirthDate = new DateOnly(2011, 3, 9).AddDays(round * 40), FirstName = $"José{(char)('a' + round)}" } };
            await _writer.StoreAsync("TX", "s1", child with { StateStudentId = first }, CancellationToken.None);
            await _writer.StoreAsync("CA", "s1", child with { StateStudentId = second }, CancellationToken.None);

            await Task.WhenAll(
                Task.Run(() => _service.ConsolidateAsync(new ConsolidationRequest("TX", first), CancellationToken.None), TestContext.Current.CancellationToken),
                Task.Run(() => _service.ConsolidateAsync(new ConsolidationRequest("CA", second), CancellationToken.None), TestContext.Current.CancellationToken));

            var texas = (await _links.ReadAsync($"TX-{first}", CancellationToken.None))!.Document.MsixId;
            var california = (await _links.ReadAsync($"CA-{second}", CancellationToken.None))!.Document.MsixId;
            Assert.True(texas == california, $"round {round}: {texas} and {california}");
        }
    }
}
