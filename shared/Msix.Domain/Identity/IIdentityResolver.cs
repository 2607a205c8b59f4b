using Msix.Domain.Consolidation;

namespace Msix.Domain.Identity;

/// <summary>Decides which child (MSIX ID) a State's record belongs to.</summary>
public interface IIdentityResolver
{
    /// <summary>The identity link of this contribution (which MSIX ID it belongs to, and how that was decided), linking it to a known or a new child if it was not linked yet.</summary>
    Task<IdentityLink> ResolveAsync(ContributionDocument contribution, CancellationToken cancellationToken);

    /// <summary>The link of a State's record, if it was ever linked.</summary>
    Task<IdentityLink?> FindAsync(string state, string stateStudentId, CancellationToken cancellationToken);
}
