using Msix.Domain.Identity.Matching;

namespace Msix.Cli.Matching;

/// <summary>A record to match, with the person it truly is, and which file it came from (0, or 1 for the second of a linkage).</summary>
internal sealed record LabelledRecord(MatchRecord Record, string TruthId, int Side);
