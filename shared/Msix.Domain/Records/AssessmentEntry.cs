using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>One assessment the child took, with the State whose record holds it.</summary>
/// <param name="State">The State whose record holds the assessment.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="Assessment">The assessment exactly as the State sent it.</param>
public sealed record AssessmentEntry(string State, DateTimeOffset AsOf, Assessment Assessment);
