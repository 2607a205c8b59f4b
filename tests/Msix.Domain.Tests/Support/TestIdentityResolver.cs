using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>The exchange's identity resolver over in-memory stores, with the shipped model and default thresholds.</summary>
internal static class TestIdentityResolver
{
    public static MatchingIdentityResolver Create(
        IDocumentStore<IdentityLink> links,
        IDocumentStore<ConsolidatedRecord> records,
        IDocumentStore<ContributionDocument> contributions,
        IDocumentStore<BlockingKeyDocument> blocks) =>
        new(
            links,
            records,
            contributions,
            blocks,
            new StoredMatchModelSource(new InMemoryDocumentStore<MatchModel>(), TimeProvider.System),
            Options.Create(new MatchThresholds()),
            TimeProvider.System,
            NullLogger<MatchingIdentityResolver>.Instance);
}
