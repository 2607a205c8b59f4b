using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>One qualifying move of the child (with its qualifying arrival date), with the State whose record holds it.</summary>
/// <param name="State">The State whose record holds the move.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="QualifyingMove">The qualifying move exactly as the State sent it.</param>
public sealed record QualifyingMoveEntry(string State, DateTimeOffset AsOf, QualifyingMove QualifyingMove);
