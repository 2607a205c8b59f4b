namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Why a pair scored as it did: each comparison's level and weight, the prior's weight, the total match
/// weight in bits and the probability it stands for, and the model version.
/// </summary>
/// <param name="Fields">Each comparison's evidence.</param>
/// <param name="PriorWeight">log2 of the prior odds.</param>
/// <param name="Weight">The prior's weight plus every field's.</param>
/// <param name="Probability">The probability that the two records are the same child.</param>
/// <param name="ModelVersion">The model the weights come from.</param>
public sealed record MatchEvidence(IReadOnlyList<FieldEvidence> Fields, double PriorWeight, double Weight, double Probability, int ModelVersion);
