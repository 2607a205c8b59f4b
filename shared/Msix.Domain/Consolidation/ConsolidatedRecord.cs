using Msix.Domain.Identity;
using Msix.Domain.Storage;

namespace Msix.Domain.Consolidation;

/// <summary>
/// Everything the exchange holds about one child under one MSIX ID: every State's contribution, each
/// with its source and date.
/// </summary>
/// <param name="Id">The MSIX ID.</param>
public sealed record ConsolidatedRecord(
    string Id,
    string MsixId,
    IReadOnlyList<ContributionDocument> Contributions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IDocument
{
    /// <summary>Set when this MSIX ID was merged into another: it holds no contributions and resolves to that one.</summary>
    public string? AliasOf { get; init; }

    /// <summary>
    /// Copies of the identity links of its State records (less <see cref="IdentityLink.KeyedFields"/>), written with
    /// them, so reading the record needs no read of each link. The links themselves stay the truth: a record
    /// written before copies were kept has none, and a copy naming another MSIX ID (written while a merge or split
    /// moved the State record) is not used; see <see cref="LinkCopyOf"/>.
    /// </summary>
    public IReadOnlyList<IdentityLink>? Links { get; init; }

    /// <summary>The copy of the link of the State record <paramref name="contributionId"/>, when one is held and links it here.</summary>
    public IdentityLink? LinkCopyOf(string contributionId) =>
        Links?.FirstOrDefault(l => string.Equals(l.Id, contributionId, StringComparison.Ordinal) && string.Equals(l.MsixId, MsixId, StringComparison.Ordinal));

    /// <summary>Whether this record holds an up-to-date copy of <paramref name="link"/>, or needs none (it links elsewhere).</summary>
    public bool HoldsCopyOf(IdentityLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return !string.Equals(link.MsixId, MsixId, StringComparison.Ordinal)
            || (LinkCopyOf(link.Id) is { } copy && copy.Method == link.Method && copy.LinkedAt == link.LinkedAt);
    }

    /// <summary>
    /// This record holding a copy of each of <paramref name="links"/> that links one of its State records here (replacing
    /// the copy it held), and no copy of a State record it does not hold or of a link naming another MSIX ID.
    /// </summary>
    public ConsolidatedRecord WithLinkCopies(IEnumerable<IdentityLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var copies = (Links ?? []).ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var link in links)
        {
            copies[link.Id] = link with { KeyedFields = null };
        }

        return this with
        {
            Links = [.. Contributions
                .Select(c => copies.GetValueOrDefault(c.Id))
                .OfType<IdentityLink>()
                .Where(l => string.Equals(l.MsixId, MsixId, StringComparison.Ordinal))],
        };
    }
}
