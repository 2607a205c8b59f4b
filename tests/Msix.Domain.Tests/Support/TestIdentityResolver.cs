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
        Changes = new IdentityChangeService(ChangeStore, Worklists, records, links, Blocks, Items, time, NullLogger<IdentityChangeService>.Instance);
        Worklist = new WorklistService(Items, Worklists, ChangeStore, contributions, Changes, Options.Create(new WorklistOptions()), time, NullLogger<WorklistService>.Instance);
        Resolver = new MatchingIdentityResolver(
            links,
            records,
            contributions,
            Blocks,
            new StoredMatchModelSource(new InMemoryDocumentStore<MatchModel>(), time, Microsoft.Extensions.Logging.Abstractions.NullLogger<StoredMatchModelSource>.Instance),
            Worklist,
            Options.Create(new MatchThresholds()),
            time,
            NullLogger<MatchingIdentityResolver>.Instance);
    }

    public InMemoryDocumentStore<BlockingKeyDocument> Blocks { get; } = new();

    public InMemoryDocumentStore<NearMatchItem> Items { get; } = new();

    public InMemoryDocumentStore<StateWorklist> Worklists { get; } = new();

    public InMemoryDocumentStore<IdentityChange> ChangeStore { get; } = new();

    public MatchingIdentityResolver Resolver { get; }

    public WorklistService Worklist { get; }

    public IdentityChangeService Changes { get; }
}
