using Msix.Domain.Consolidation;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity;

/// <summary>
/// Links by (State, State student ID) only: a record seen before keeps its MSIX ID, a new one gets a new
/// MSIX ID. Safe under concurrency: the link is created only if absent, so two consumers linking the same
/// new record at once end with one MSIX ID.
/// </summary>
public sealed class DeterministicIdentityResolver(
    IDocumentStore<IdentityLink> links,
    IDocumentStore<ConsolidatedRecord> records,
    TimeProvider time) : IIdentityResolver
{
    public const string Method = "deterministic";

    public async Task<IdentityLink?> FindAsync(string state, string stateStudentId, CancellationToken cancellationToken) =>
        (await links.ReadAsync(IdentityLink.IdOf(state, stateStudentId), cancellationToken))?.Document;

    public async Task<string> ResolveAsync(ContributionDocument contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var existing = await FindAsync(contribution.State, contribution.StateStudentId, cancellationToken);
        if (existing is not null)
        {
            return existing.MsixId;
        }

        var msixId = await ReserveNewMsixIdAsync(cancellationToken);
        var link = new IdentityLink(
            IdentityLink.IdOf(contribution.State, contribution.StateStudentId),
            contribution.State,
            contribution.StateStudentId,
            msixId,
            Method,
            time.GetUtcNow());
        if (await links.TryCreateAsync(link, cancellationToken) is not null)
        {
            return msixId;
        }

        // Another consumer linked this record first; its MSIX ID wins and ours is never used again.
        var winner = await FindAsync(contribution.State, contribution.StateStudentId, cancellationToken)
            ?? throw new InvalidOperationException($"The identity link {link.Id} was reported to exist but cannot be read.");
        return winner.MsixId;
    }

    /// <summary>Claims a new MSIX ID by creating its (empty) consolidated record, so no two children ever share one.</summary>
    private async Task<string> ReserveNewMsixIdAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var candidate = MsixId.NewId();
            var now = time.GetUtcNow();
            var reserved = await records.TryCreateAsync(new ConsolidatedRecord(candidate, candidate, [], now, now), cancellationToken);
            if (reserved is not null)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Could not find an unused MSIX ID in 20 attempts.");
    }
}
