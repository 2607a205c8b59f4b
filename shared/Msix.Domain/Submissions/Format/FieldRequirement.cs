namespace Msix.Domain.Submissions.Format;

/// <summary>When a field must be present.</summary>
public enum FieldRequirement
{
    /// <summary>Always required, also for a delete.</summary>
    Always,

    /// <summary>Required for an upsert; ignored for a delete.</summary>
    Upsert,

    /// <summary>Optional.</summary>
    Optional,
}
