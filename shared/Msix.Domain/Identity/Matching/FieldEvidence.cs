namespace Msix.Domain.Identity.Matching;

/// <summary>What one comparison said of a pair: its level and the match weight (in bits) of that level.</summary>
/// <param name="Comparison">The comparison's name ("BirthDate").</param>
/// <param name="Level">The level's index (0: missing).</param>
/// <param name="LevelName">The level's name ("day and month swapped").</param>
/// <param name="Weight">log2(m / u): positive for evidence of a match, negative against.</param>
public sealed record FieldEvidence(string Comparison, int Level, string LevelName, double Weight);
