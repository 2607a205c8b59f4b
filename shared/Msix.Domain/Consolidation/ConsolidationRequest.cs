namespace Msix.Domain.Consolidation;

/// <summary>The message on the consolidate queue: this State's record of this child changed.</summary>
public sealed record ConsolidationRequest(string State, string StateStudentId);
