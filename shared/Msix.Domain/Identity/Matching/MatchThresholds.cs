using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Where the matcher's three outcomes begin, as probabilities that two records are the same child: at or
/// above <see cref="AutoLinkProbability"/> a record is linked to the MSIX ID without a person; from
/// <see cref="NearMatchProbability"/> it gets a new MSIX ID and a near match for a data administrator to
/// confirm or reject; below, a new MSIX ID alone. Bound from <c>Msix:Matching</c>.
/// </summary>
public sealed class MatchThresholds
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Msix:Matching";

    /// <summary>The probability at or above which a record is linked automatically.</summary>
    [Range(0.5, 0.999999999)]
    public double AutoLinkProbability { get; set; } = 0.999;

    /// <summary>The probability at or above which a pair becomes a near match.</summary>
    [Range(0.000001, 0.999999999)]
    public double NearMatchProbability { get; set; } = 0.01;

    /// <summary>The most near matches one record proposes (the most probable first).</summary>
    [Range(1, 100)]
    public int MaxNearMatches { get; set; } = 3;

    /// <summary>A blocking key shared by more records than this is too common to find candidates by.</summary>
    [Range(10, 100_000)]
    public int MaxBlockSize { get; set; } = 40;
}
