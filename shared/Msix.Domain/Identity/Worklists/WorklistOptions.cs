using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Identity.Worklists;

/// <summary>How worklists age. Bound from <c>Msix:Worklists</c>.</summary>
public sealed class WorklistOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Msix:Worklists";

    /// <summary>Days after which an item not worked escalates.</summary>
    [Range(1, 365)]
    public int EscalateAfterDays { get; set; } = 10;
}
