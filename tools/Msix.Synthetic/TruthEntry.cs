namespace Msix.Synthetic;

/// <summary>A line of truth.csv: the State's student ID of a child, and who the child really is.</summary>
public sealed record TruthEntry(string State, string StateStudentId, string TruthId);
