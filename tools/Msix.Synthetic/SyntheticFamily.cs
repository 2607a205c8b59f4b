namespace Msix.Synthetic;

/// <summary>A family's children that have records, oldest first; siblings share parents, twins also a birth date.</summary>
public sealed record SyntheticFamily(string FamilyId, IReadOnlyList<SyntheticChild> Children);
