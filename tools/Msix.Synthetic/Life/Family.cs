using Msix.Synthetic.Names;

namespace Msix.Synthetic.Life;

/// <summary>A family: its tradition, its parents, its children (oldest first), and where it lived.</summary>
internal sealed record Family(
    long Index,
    string FamilyId,
    NamePool Pool,
    Adult Father,
    Adult Mother,
    IReadOnlyList<TrueChild> Children,
    IReadOnlyList<Stay> Stays);
