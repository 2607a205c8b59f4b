namespace Msix.Api;

/// <summary>
/// The bodies of the worklist actions. Until sign-in comes, the acting data administrator names themself in
/// <c>actor</c>; the authorisation point will take it from the caller's token instead.
/// </summary>
/// <param name="Actor">Who acts.</param>
/// <param name="SurvivingMsixId">For a confirmation: which of the two MSIX IDs survives the merge (by default the older record's).</param>
public sealed record SettleNearMatchRequest(string? Actor, string? SurvivingMsixId = null);

/// <summary>A proposed merge of <paramref name="OtherMsixId"/> into the MSIX ID of the address.</summary>
/// <param name="OtherMsixId">The MSIX ID that becomes an alias.</param>
/// <param name="State">The State of the proposing administrator, whose worklist gets the validation.</param>
/// <param name="Actor">Who proposes.</param>
public sealed record ProposeMergeRequest(string? OtherMsixId, string? State, string? Actor);

/// <summary>A proposed split of one State's record out of the MSIX ID of the address.</summary>
/// <param name="State">The State whose record leaves.</param>
/// <param name="StateStudentId">Its State student ID.</param>
/// <param name="Actor">Who proposes.</param>
public sealed record ProposeSplitRequest(string? State, string? StateStudentId, string? Actor);

/// <summary>A validation by a second data administrator.</summary>
/// <param name="Actor">Who validates (not the proposer).</param>
public sealed record ValidateRequest(string? Actor);
