namespace Msix.Cli.Matching;

/// <summary>A true pair proposed as a near match instead of auto-linked: the records' indexes in the run, and why.</summary>
internal sealed record HeldTruePair(int Earlier, int Later, string Reason);
