using Msix.Api.Access;

namespace Msix.Api;

/// <summary>Every operation of the API and who may call it: the one table the access point enforces.</summary>
public static class ApiCatalog
{
    private const string Get = "GET";
    private const string Post = "POST";
    private const string Put = "PUT";

    private static readonly AccessRule ChildRecords = AccessRule.AnyOf(Roles.SchoolStaff, Roles.StateDataAdministrator);
    private static readonly AccessRule OwnStateData = AccessRule.OwnState(Roles.StateDataAdministrator);
    private static readonly AccessRule IdentityWork = AccessRule.OwnStateItems(Roles.StateDataAdministrator);
    private static readonly AccessRule OwnStateItems = IdentityWork;
    private static readonly AccessRule Operations = AccessRule.AnyOf(Roles.SystemAdministrator);
    private static readonly AccessRule NationalData = AccessRule.AnyOf(Roles.FederalStaff, Roles.SystemAdministrator);
    private static readonly AccessRule StateData = AccessRule.OwnState(Roles.StateDataAdministrator, Roles.FederalStaff, Roles.SystemAdministrator);

    public static IReadOnlyList<ApiOperation> All { get; } =
    [
        new("Health", Get, ApiRoutes.Health, "The API answers.", AccessRule.Anyone),
        new("GetOpenApiDocument", Get, ApiRoutes.OpenApiDocument, "The OpenAPI document of the whole API.", AccessRule.Anyone),
        new("GetApiPage", Get, ApiRoutes.ApiPage, "A page that renders the OpenAPI document.", AccessRule.Anyone),
        new("SearchStudents", Get, ApiRoutes.Students, "Search children by name, birth date, sex, State, State student ID, MSIX ID, parent's name or birth city; ranked, paged.", ChildRecords),
        new("GetStudent", Get, ApiRoutes.Student, "A child's consolidated record.", ChildRecords),
        new("GetStudentPage", Get, ApiRoutes.StudentPage, "A child's consolidated record as a printable page.", ChildRecords),
        new("FlagStudentLeaving", Post, ApiRoutes.Leaving, "School staff flag that a child is leaving, with the destination State when known.", ChildRecords),
        new("UploadSubmission", Post, ApiRoutes.Submissions, "Upload a submission file (the body).", OwnStateData),
        new("ListSubmissions", Get, ApiRoutes.Submissions, "The State's submissions, newest first.", OwnStateData),
        new("GetSubmissionReceipt", Get, ApiRoutes.Submission, "A submission's receipt; ?format=csv for its errors.", OwnStateData),
        new("GetContacts", Get, ApiRoutes.Contacts, "The State's move-notice contacts.", OwnStateData),
        new("PutContacts", Put, ApiRoutes.Contacts, "Replace the State's move-notice contacts.", OwnStateData),
        new("ListNotices", Get, ApiRoutes.StateNotices, "The State's move notices, newest first, each with how its mails went to each contact.", OwnStateData),
        new("GetNotice", Get, ApiRoutes.Notice, "One move notice with how its mails went to each contact.", OwnStateItems),
        new("GetWorklist", Get, ApiRoutes.Worklist, "The State's open near matches and changes waiting for validation.", OwnStateData),
        new("GetNearMatch", Get, ApiRoutes.NearMatch, "One near match, with both records and the evidence.", IdentityWork),
        new("ConfirmNearMatch", Post, ApiRoutes.ConfirmNearMatch, "The same child: proposes merging the two MSIX IDs.", IdentityWork),
        new("RejectNearMatch", Post, ApiRoutes.RejectNearMatch, "Two children: kept apart, never proposed again.", IdentityWork),
        new("ProposeMerge", Post, ApiRoutes.Merges, "Propose merging another MSIX ID into this one.", IdentityWork),
        new("ProposeSplit", Post, ApiRoutes.Splits, "Propose splitting a State's record out to a new MSIX ID.", IdentityWork),
        new("GetIdentityChange", Get, ApiRoutes.IdentityChange, "One merge or split.", IdentityWork),
        new("ValidateIdentityChange", Post, ApiRoutes.ValidateIdentityChange, "A second data administrator validates a merge or split.", IdentityWork),
        new("GetMatchModel", Get, ApiRoutes.MatchModel, "The identity matcher's model in force.", Operations),
        new("EstimateMatchModel", Post, ApiRoutes.MatchModel, "Estimate a new model from the exchange's records.", Operations),
        new("GetStudentAudit", Get, ApiRoutes.StudentAudit, "Who read or found a child's record, newest first.", Operations),
        new("GetUserAudit", Get, ApiRoutes.UserAudit, "Which records a user read or found, newest first.", Operations),
        new("GetReport", Get, ApiRoutes.Report, "A national report of a performance period (?period=2025-2026); JSON, ?format=csv or ?format=html.", NationalData),
        new("GetStateReport", Get, ApiRoutes.StateReport, "A report as one State sees it; JSON, ?format=csv or ?format=html.", StateData),
        new("GetChildCountList", Get, ApiRoutes.StateChildCountList, "The MSIX IDs behind the State's Category 1 and 2 child counts; JSON or ?format=csv.", OwnStateData),
    ];

    private static readonly Dictionary<string, ApiOperation> ByName = All.ToDictionary(o => o.Name, StringComparer.Ordinal);

    /// <summary>The operation named <paramref name="name"/>; null when there is none.</summary>
    public static ApiOperation? Find(string name) => ByName.GetValueOrDefault(name);
}
