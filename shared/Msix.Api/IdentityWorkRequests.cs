namespace Msix.Api;

/// <summary>The body of a near match's confirmation; the acting data administrator is the caller.</summary>
/// <param name="SurvivingMsixId">Which of the two MSIX IDs survives the merge (by default the older record's).</param>
public sealed record SettleNearMatchRequest(string? SurvivingMsixId = null);

/// <summary>A proposed merge of <paramref name="OtherMsixId"/> into the MSIX ID of the address; the caller's State validates it.</summary>
/// <param name="OtherMsixId">The MSIX ID that becomes an alias.</param>
public sealed record ProposeMergeRequest(string? OtherMsixId);

/// <summary>A proposed split of one State's record out of the MSIX ID of the address.</summary>
/// <param name="State">The State whose record leaves (the caller's).</param>
/// <param name="StateStudentId">Its State student ID.</param>
public sealed record ProposeSplitRequest(string? State, string? StateStudentId);
