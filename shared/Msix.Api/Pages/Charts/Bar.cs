namespace Msix.Api.Pages.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: what it counts and how many.</summary>
/// <param name="Label">Shown left of the bar (HTML-encoded when drawn).</param>
/// <param name="Value">The count; a negative one is drawn as 0.</param>
public sealed record Bar(string Label, long Value);
