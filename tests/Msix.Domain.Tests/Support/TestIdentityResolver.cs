using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>The exchange's identity resolution over in-memory stores, with the shipped model and default thresholds.</summary>
internal sealed class TestIdentityResolver
{
    public TestIdentityResolver(
        IDocumentStore<IdentityLink> links,
        IDocumentStore<ConsolidatedRecord> records,
        IDocumentStore<ContributionDocument> contributions,
        TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        BlockReads = new CountingStore<BlockingKeyDocument>(Blocks);
        Changes = new IdentityChangeService(ChangeStore, Worklists, records, links, Blocks, Items, time, NullLogger<IdentityChangeService>.Instance);
        Worklist = new WorklistService(Items, Worklists, ChangeStore, contributions, Changes, Options.Create(new WorklistOptions()), time, NullLogger<WorklistService>.Instance);
        Resolver = new MatchingIdentityResolver(
            links,
            records,
            contributions,
            BlockReads,
            new StoredMatchModelSource(new InMemoryDocumentStore<MatchModel>(), time, Microsoft.Extensions.Logging.Abstractions.NullLogger<StoredMatchModelSource>.Instance),
            FullKeys,
            Worklist,
            Options.Create(new MatchThresholds()),
            time,
            NullLogger<MatchingIdentityResolver>.Instance);
    }

    public InMemoryDocumentStore<BlockingKeyDocument> Blocks { get; } = new();

    /// <summary>The blocking-key documents as the resolver reads them, counted.</summary>
    public CountingStore<BlockingKeyDocument> BlockReads { get; }

    /// <summary>The keys the resolver saw full (the search shares them, as in one process).</summary>
    public FullBlockingKeys FullKeys { get; } = new(Options.Create(new MatchThresholds()));

    public InMemoryDocumentStore<NearMatchItem> Items { get; } = new();

    public InMemoryDocumentStore<StateWorklist> Worklists { get; } = new();

    public InMemoryDocumentStore<IdentityChange> ChangeStore { get; } = new();

    public MatchingIdentityResolver Resolver { get; }

    public WorklistService Worklist { get; }

    public IdentityChangeService Changes { get; }
}
