using Msix.Domain.Identity.Matching;

namespace Msix.Domain.Search;

/// <summary>One child found: enough to tell which child it is, the score and the fields that matched.</summary>
/// <param name="Score">The match weight (bits) of the criteria against the child's best-matching State record: higher is closer.</param>
/// <param name="Matched">The criteria that agreed, each with its level ("exact", "Jaro-Winkler at least 0.92") and weight.</param>
/// <param name="States">Every State with a record of the child.</param>
/// <param name="LatestState">The State of the most recent record.</param>
public sealed record SearchHit(
    string MsixId,
    double Score,
    IReadOnlyList<FieldEvidence> Matched,
    string FirstName,
    string LastName1,
    string? LastName2,
    DateOnly BirthDate,
    Mde.Sex Sex,
    IReadOnlyList<string> States,
    string LatestState);

/// <summary>One page of a search's results, best first.</summary>
/// <param name="Total">How many children were found in all.</param>
public sealed record SearchPage(int Page, int PageSize, int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>A search's answer: a page of results, or why it was refused.</summary>
/// <param name="Refusal">Set when the criteria are too broad to answer.</param>
public sealed record SearchOutcome(SearchPage? Results, string? Refusal);
