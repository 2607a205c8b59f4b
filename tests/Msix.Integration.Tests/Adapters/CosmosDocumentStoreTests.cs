using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Msix.Adapters.Cosmos;
using Msix.Domain.Audit;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

public sealed class CosmosDocumentStoreTests(EmulatorsFixture emulators) : IAsyncLifetime
{
    private static readonly DateTimeOffset LinkedAt = new(2026, 9, 1, 8, 30, 0, TimeSpan.Zero);
    private AdapterHarness _harness = null!;

    private IDocumentStore<IdentityLink> Links => _harness.Get<IDocumentStore<IdentityLink>>();

    public async ValueTask InitializeAsync() =>
        _harness = await AdapterHarness.StartAsync(emulators, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_created_document_reads_back_with_its_etag()
    {
        var ct = TestContext.Current.CancellationToken;
        var link = Link("TX", "S-1", "000000000001");

        var created = await Links.TryCreateAsync(link, ct);
        var read = await Links.ReadAsync(link.Id, ct);

        Assert.NotNull(created);
        Assert.NotNull(read);
        Assert.Equal(link, read.Document);
        Assert.False(string.IsNullOrEmpty(read.ETag));
        Assert.Equal(created.ETag, read.ETag);
    }

    [Fact]
    public async Task A_document_far_larger_than_one_read_buffer_reads_back_whole()
    {
        // Several hundred kilobytes, with names whose accented letters take two bytes each wherever a buffer ends.
        var ct = TestContext.Current.CancellationToken;
        var members = Enumerable.Range(0, 3000).Select(i => new BlockMember(
            $"TX-{i:D6}",
            $"{i:D12}",
            new MatchFields { State = "TX", StateStudentId = $"{i:D6}", FirstName = $"José María {i}", LastName1 = "Núñez", LastName2 = "Peña", BirthDate = 20140309 })).ToList();
        var blocks = _harness.Get<IDocumentStore<BlockingKeyDocument>>();
        Assert.NotNull(await blocks.TryCreateAsync(new BlockingKeyDocument(BlockingKeyDocument.IdOf("s:NNS"), members), ct));

        var read = await blocks.ReadAsync(BlockingKeyDocument.IdOf("s:NNS"), ct);

        Assert.NotNull(read);
        Assert.Equal(members, read.Document.Members);
    }

    [Fact]
    public async Task Reading_a_missing_document_returns_null()
    {
        var read = await Links.ReadAsync("TX-no-such-student", TestContext.Current.CancellationToken);

        Assert.Null(read);
    }

    [Fact]
    public async Task Creating_an_id_that_exists_returns_null_and_keeps_the_first()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = Link("TX", "S-2", "000000000002");
        Assert.NotNull(await Links.TryCreateAsync(first, ct));

        var second = await Links.TryCreateAsync(first with { MsixId = "000000000099" }, ct);

        Assert.Null(second);
        Assert.Equal("000000000002", (await Links.ReadAsync(first.Id, ct))!.Document.MsixId);
    }

    [Fact]
    public async Task Replacing_with_the_current_etag_writes_and_gives_a_new_etag()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = (await Links.TryCreateAsync(Link("CA", "S-3", "000000000003"), ct))!;

        var replaced = await Links.TryReplaceAsync(created.Document with { Method = "merge" }, created.ETag, ct);

        Assert.NotNull(replaced);
        Assert.NotEqual(created.ETag, replaced.ETag);
        var read = (await Links.ReadAsync(created.Document.Id, ct))!;
        Assert.Equal("merge", read.Document.Method);
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [Fact]
    public async Task Replacing_with_a_stale_etag_returns_null_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = (await Links.TryCreateAsync(Link("CA", "S-4", "000000000004"), ct))!;
        var current = (await Links.TryReplaceAsync(created.Document with { Method = "first" }, created.ETag, ct))!;

        var stale = await Links.TryReplaceAsync(created.Document with { Method = "second" }, created.ETag, ct);

        Assert.Null(stale);
        var read = (await Links.ReadAsync(created.Document.Id, ct))!;
        Assert.Equal("first", read.Document.Method);
        Assert.Equal(current.ETag, read.ETag);
    }

    [Fact]
    public async Task Replacing_a_missing_document_returns_null()
    {
        var replaced = await Links.TryReplaceAsync(Link("FL", "S-5", "000000000005"), "\"no-such-etag\"", TestContext.Current.CancellationToken);

        Assert.Null(replaced);
    }

    [Fact]
    public async Task Upsert_creates_then_overwrites_whatever_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var link = Link("FL", "S-6", "000000000006");

        var created = await Links.UpsertAsync(link, ct);
        var overwritten = await Links.UpsertAsync(link with { MsixId = "000000000066" }, ct);

        Assert.NotEqual(created.ETag, overwritten.ETag);
        var read = (await Links.ReadAsync(link.Id, ct))!;
        Assert.Equal("000000000066", read.Document.MsixId);
        Assert.Equal(overwritten.ETag, read.ETag);
    }

    [Fact]
    public async Task An_id_that_Cosmos_cannot_address_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Links.TryCreateAsync(Link("TX", "a/b", "000000000007"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_document_type_is_kept_in_its_named_container()
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.Null(await _harness.Get<IDocumentStore<SubmissionDocument>>().ReadAsync("TX-missing", ct));
        Assert.Null(await _harness.Get<IDocumentStore<ContributionDocument>>().ReadAsync("TX-missing", ct));
        Assert.Null(await _harness.Get<IDocumentStore<IdentityLink>>().ReadAsync("TX-missing", ct));
        Assert.Null(await _harness.Get<IDocumentStore<ConsolidatedRecord>>().ReadAsync("TX-missing", ct));
        Assert.Null(await _harness.Get<IDocumentStore<BlockingKeyDocument>>().ReadAsync("bk:missing", ct));
        Assert.Null(await _harness.Get<IDocumentStore<MatchModel>>().ReadAsync("match-model-current", ct));
        Assert.Null(await _harness.Get<IDocumentStore<NearMatchItem>>().ReadAsync("nm-missing", ct));
        Assert.Equal(CosmosContainerNames.All.Count, CosmosContainerNames.All.Distinct().Count());
        Assert.Equal(CosmosContainerNames.Matching, CosmosContainerNames.For<BlockingKeyDocument>());
        Assert.Equal(CosmosContainerNames.Matching, CosmosContainerNames.For<MatchModel>());
        Assert.All([typeof(NearMatchItem), typeof(StateWorklist), typeof(IdentityChange)], t => Assert.Equal(CosmosContainerNames.Worklists, CosmosContainerNames.For(t)));
    }

    [Fact]
    public async Task Eight_parallel_optimistic_writers_lose_no_increment()
    {
        var ct = TestContext.Current.CancellationToken;
        const int writers = 8;
        const int incrementsEach = 20;
        var database = _harness.Get<CosmosClient>().GetDatabase(_harness.Environment.DatabaseName);
        var container = (await database.CreateContainerIfNotExistsAsync(
            new ContainerProperties("counters", CosmosContainerNames.PartitionKeyPath), cancellationToken: ct)).Container;
        var store = new CosmosDocumentStore<Counter>(container, NullLogger<CosmosDocumentStore<Counter>>.Instance);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(
            async () =>
            {
                for (var i = 0; i < incrementsEach; i++)
                {
                    await store.UpdateAsync("counter", c => new Counter("counter", (c?.Count ?? 0) + 1), ct);
                }
            },
            ct)));

        var final = await store.ReadAsync("counter", ct);
        Assert.Equal(writers * incrementsEach, final!.Document.Count);
    }

    [Fact]
    public async Task The_feed_reads_every_document_once_without_a_query()
    {
        var ct = TestContext.Current.CancellationToken;
        var links = Enumerable.Range(1, 25).Select(i => Link("TX", $"F-{i}", $"{i:D12}")).ToList();
        foreach (var link in links)
        {
            await Links.TryCreateAsync(link, ct);
        }

        var read = new List<IdentityLink>();
        await foreach (var link in _harness.Get<IDocumentFeed<IdentityLink>>().ReadAllAsync(ct))
        {
            read.Add(link);
        }

        Assert.Equal(links.Select(l => l.Id).Order(), read.Select(l => l.Id).Where(id => id.StartsWith("TX-F-", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_feed_of_one_type_skips_the_other_types_its_container_holds()
    {
        var ct = TestContext.Current.CancellationToken;
        var trail = new AuditTrail(
            _harness.Get<IDocumentStore<AuditEntry>>(),
            _harness.Get<IDocumentStore<AuditChainHead>>(),
            _harness.Get<IDocumentStore<AuditSeal>>(),
            Microsoft.Extensions.Options.Options.Create(new AuditOptions()),
            TimeProvider.System,
            NullLogger<AuditTrail>.Instance);
        var appended = await trail.AppendAsync(new AuditEvent("feed-reader", "SchoolStaff", "TX", LinkedAt, "GetStudent", ["12345678901" + MsixId.CheckDigit("12345678901")]), ct);

        var entries = new List<AuditEntry>();
        await foreach (var read in _harness.Get<IDocumentFeed<AuditEntry>>().ReadAllAsync(ct))
        {
            entries.Add(read);
        }

        var seals = new List<AuditSeal>();
        await foreach (var read in _harness.Get<IDocumentFeed<AuditSeal>>().ReadAllAsync(ct))
        {
            seals.Add(read);
        }

        var heads = new List<AuditChainHead>();
        await foreach (var read in _harness.Get<IDocumentFeed<AuditChainHead>>().ReadAllAsync(ct))
        {
            heads.Add(read);
        }

        // One entry in the user's chain and one in the child's, one seal naming both, and the head of its journal.
        Assert.Equal(2, appended.Count);
        Assert.Equal(appended.Select(x => x.Id).Order(StringComparer.Ordinal), entries.Select(x => x.Id).Order(StringComparer.Ordinal));
        var seal = Assert.Single(seals);
        Assert.Equal(appended.Select(x => (x.Chain, x.Seq, x.Hash)).Order(), seal.Ends.Select(e => (e.Chain, e.Seq, e.Hash)).Order());
        Assert.Equal(AuditSeal.HeadIdOf(trail.Journal), Assert.Single(heads).Id);
    }

    private static IdentityLink Link(string state, string stateStudentId, string msixId) =>
        new(IdentityLink.IdOf(state, stateStudentId), state, stateStudentId, msixId, "deterministic", LinkedAt);

    public sealed record Counter(string Id, int Count) : IDocument;
}
