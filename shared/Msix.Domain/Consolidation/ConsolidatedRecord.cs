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
}
