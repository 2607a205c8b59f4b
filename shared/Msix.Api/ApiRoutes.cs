namespace Msix.Api;

/// <summary>
/// The HTTP routes, relative to the "api" prefix that the Functions host adds and the local host maps.
/// Both hosts take them from here; a test proves they expose the same ones.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";

    public const string Health = "health";

    /// <summary>The OpenAPI document of the whole API.</summary>
    public const string OpenApiDocument = "openapi.json";

    /// <summary>A page that renders the OpenAPI document.</summary>
    public const string ApiPage = "docs";

    /// <summary>GET: search children by name, birth date, IDs, parents, birthplace.</summary>
    public const string Students = "students";

    /// <summary>GET a child's consolidated record as a printable page.</summary>
    public const string StudentPage = "students/{msixId}/print";

    /// <summary>POST: school staff flag that a child is leaving.</summary>
    public const string Leaving = "students/{msixId}/leaving";

    /// <summary>GET the audit trail of a child: who read the record, when.</summary>
    public const string StudentAudit = "students/{msixId}/audit";

    /// <summary>GET the audit trail of a user: which records they read.</summary>
    public const string UserAudit = "users/{userId}/audit";

    /// <summary>GET a State's move notices with how their mails went.</summary>
    public const string StateNotices = "states/{state}/notices";

    /// <summary>GET one move notice with how its mails went.</summary>
    public const string Notice = "notices/{noticeId}";

    /// <summary>A State's move-notice contacts (GET, PUT).</summary>
    public const string Contacts = "states/{state}/contacts";

    /// <summary>POST a submission file; GET the State's recent submissions.</summary>
    public const string Submissions = "states/{state}/submissions";

    /// <summary>GET a submission's receipt (JSON, or ?format=csv for its errors).</summary>
    public const string Submission = "states/{state}/submissions/{submissionId}";

    /// <summary>GET a child's consolidated record.</summary>
    public const string Student = "students/{msixId}";

    /// <summary>The match model in force (GET), or a new one estimated from the exchange's records (POST).</summary>
    public const string MatchModel = "match-model";

    /// <summary>A State's open near matches and identity changes waiting for validation.</summary>
    public const string Worklist = "states/{state}/worklist";

    /// <summary>One near match.</summary>
    public const string NearMatch = "near-matches/{itemId}";

    /// <summary>Confirm a near match: the same child (proposes a merge).</summary>
    public const string ConfirmNearMatch = "near-matches/{itemId}/confirm";

    /// <summary>Reject a near match: two children, kept apart.</summary>
    public const string RejectNearMatch = "near-matches/{itemId}/reject";

    /// <summary>Propose merging another MSIX ID into this one.</summary>
    public const string Merges = "students/{msixId}/merges";

    /// <summary>Propose splitting a State's record out of this MSIX ID.</summary>
    public const string Splits = "students/{msixId}/splits";

    /// <summary>One merge or split.</summary>
    public const string IdentityChange = "identity-changes/{changeId}";

    /// <summary>Validate a merge or split (a second data administrator): it takes effect.</summary>
    public const string ValidateIdentityChange = "identity-changes/{changeId}/validate";

    /// <summary>GET a national report (JSON, ?format=csv or ?format=html).</summary>
    public const string Report = "reports/{report}";

    /// <summary>GET a report as one State sees it (JSON, ?format=csv or ?format=html).</summary>
    public const string StateReport = "states/{state}/reports/{report}";

    /// <summary>GET the children (MSIX IDs) behind a State's Category 1 and 2 child counts.</summary>
    public const string StateChildCountList = "states/{state}/reports/child-counts/children";
}
