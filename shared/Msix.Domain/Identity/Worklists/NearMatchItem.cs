using System.Text.Json.Serialization;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Worklists;

/// <summary>
/// A near match on a State's worklist: a new record and a candidate that may be the same child, with the
/// evidence, routed to the data administrators of the State of the child's most recent enrolment. Confirmed,
/// it proposes the merge of the two MSIX IDs (which a second administrator validates); rejected, the pair is
/// kept apart and never proposed again. One item per pair of records, however often they meet.
/// </summary>
/// <param name="Id">"nm-" and a hash of the two record keys (<see cref="IdOf"/>).</param>
/// <param name="RecordKey">The record that was being linked.</param>
/// <param name="MsixId">The MSIX ID it was given.</param>
/// <param name="CandidateKey">The record it came close to.</param>
/// <param name="CandidateMsixId">That record's MSIX ID.</param>
/// <param name="RoutedTo">The State whose data administrators settle it.</param>
/// <param name="Evidence">Each field's level and weight, the total and the probability.</param>
/// <param name="Hold">Why it was not linked automatically despite its score (empty when the score was too low).</param>
/// <param name="CreatedAt">When it was proposed.</param>
/// <param name="Status">Open, confirmed or rejected.</param>
/// <param name="History">Who did what to it, and when.</param>
public sealed record NearMatchItem(
    string Id,
    string RecordKey,
    string MsixId,
    string CandidateKey,
    string CandidateMsixId,
    string RoutedTo,
    MatchEvidence Evidence,
    string Hold,
    DateTimeOffset CreatedAt,
    NearMatchStatus Status,
    IReadOnlyList<WorkEvent> History) : IDocument
{
    /// <summary>
    /// The id of the item for two records, in either order: a hash of their keys, so the id can travel in
    /// an address without the State student IDs in it.
    /// </summary>
    public const string IdPrefix = "nm-";

    public static string IdOf(string recordKey, string otherKey)
    {
        var pair = string.CompareOrdinal(recordKey, otherKey) <= 0 ? $"{recordKey}|{otherKey}" : $"{otherKey}|{recordKey}";
        return IdPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pair)))[..32];
    }
}

/// <summary>Where a near match stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NearMatchStatus>))]
public enum NearMatchStatus
{
    /// <summary>Waiting for a data administrator.</summary>
    Open,

    /// <summary>The same child: a merge of the two MSIX IDs is proposed.</summary>
    Confirmed,

    /// <summary>Two children: kept apart, never proposed again.</summary>
    Rejected,
}

/// <summary>One thing a person did to a worklist item or an identity change.</summary>
/// <param name="Action">What was done ("confirmed", "validated").</param>
/// <param name="Actor">Who did it.</param>
/// <param name="At">When.</param>
public sealed record WorkEvent(string Action, string Actor, DateTimeOffset At);
