namespace Msix.Domain.Consolidation;

/// <summary>What storing one State's record of one child did.</summary>
public enum StoreOutcome
{
    /// <summary>The record is now the State's contribution (written now, or by an earlier attempt of the same submission).</summary>
    Stored,

    /// <summary>The exchange already held exactly this data for the child.</summary>
    Unchanged,

    /// <summary>The exchange holds newer data of this State for the child; this older record was not applied.</summary>
    SkippedAsOlder,

    /// <summary>The State's record of the child is withdrawn.</summary>
    Withdrawn,
}
