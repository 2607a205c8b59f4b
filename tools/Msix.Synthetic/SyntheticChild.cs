using Msix.Domain.Mde;

namespace Msix.Synthetic;

/// <summary>A true child: the child's real demographics, and every State's record of the child.</summary>
/// <param name="TruthId">The child's stable identity in this run ("T0000001").</param>
/// <param name="FamilyId">The child's family: siblings and twins share it.</param>
/// <param name="Truth">Who the child really is; the States' records vary from it.</param>
public sealed record SyntheticChild(string TruthId, string FamilyId, Demographics Truth, IReadOnlyList<SyntheticRecord> Records)
{
    /// <summary>The States that have a record of the child, in the order the family first lived there.</summary>
    public IReadOnlyList<string> States => [.. Records.Select(r => r.State).Distinct(StringComparer.Ordinal)];

    /// <summary>The child has records in two States or more.</summary>
    public bool IsMover => States.Count > 1;
}
