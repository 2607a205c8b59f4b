using Msix.Domain.Identity.Matching;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity;

/// <summary>Which MSIX ID a State's record of a child belongs to, and how that was decided.</summary>
/// <param name="Id">"{State}-{StateStudentId}".</param>
/// <param name="Method">How the link was made: one of the *Method constants.</param>
public sealed record IdentityLink(
    string Id,
    string State,
    string StateStudentId,
    string MsixId,
    string Method,
    DateTimeOffset LinkedAt) : IDocument
{
    /// <summary>A new (State, State student ID) given a new MSIX ID without matching (the first cut).</summary>
    public const string DeterministicMethod = "deterministic";

    /// <summary>Linked through one of the record's alternate State IDs, already linked.</summary>
    public const string AlternateIdMethod = "alternate-id";

    /// <summary>Linked by the matcher to an existing MSIX ID.</summary>
    public const string AutoLinkMethod = "auto-link";

    /// <summary>Given a new MSIX ID, with near matches for a person to settle.</summary>
    public const string NearMatchMethod = "near-match";

    /// <summary>Given a new MSIX ID: nothing came close.</summary>
    public const string NewIdentityMethod = "new-identity";

    /// <summary>Moved to the surviving MSIX ID by a validated merge.</summary>
    public const string MergedMethod = "merged";

    /// <summary>Given a new MSIX ID by a validated split.</summary>
    public const string SplitMethod = "split";

    /// <summary>The matcher's decision with its evidence (none for deterministic links).</summary>
    public MatchDecision? Decision { get; init; }

    /// <summary>
    /// The <see cref="MatchFields.Fingerprint"/> of the fields the record's blocking keys were last written from;
    /// null on links made before keys were kept current. When the State sends the record again with other
    /// identifying fields (a corrected name or birth date), the record joins the keys of its new fields.
    /// </summary>
    public string? KeyedFields { get; init; }

    public static string IdOf(string state, string stateStudentId) => $"{state}-{stateStudentId}";
}
