using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Msix.Api;

/// <summary>
/// Maps the API for a plain ASP.NET Core host (the local host). The Functions app binds the same handlers
/// and routes, one function each, named as here. Every endpoint's name is an operation of
/// <see cref="ApiCatalog"/>, whose rule the access point (<c>UseMsixAccess</c>) applies before it runs.
/// </summary>
public static class ApiEndpoints
{
    public static RouteGroupBuilder MapMsixApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/" + ApiRoutes.Prefix);
        api.MapGet(ApiRoutes.Health, HealthApi.Get).WithName("Health");
        api.MapGet(ApiRoutes.OpenApiDocument, OpenApiApi.GetDocument).WithName("GetOpenApiDocument");
        api.MapGet(ApiRoutes.ApiPage, OpenApiApi.GetPage).WithName("GetApiPage");
        api.MapGet(ApiRoutes.Students, StudentsApi.SearchAsync).WithName("SearchStudents");
        api.MapGet(ApiRoutes.Student, StudentsApi.GetStudentAsync).WithName("GetStudent");
        api.MapGet(ApiRoutes.StudentPage, StudentsApi.GetStudentPageAsync).WithName("GetStudentPage");
        api.MapPost(ApiRoutes.Leaving, StudentsApi.FlagLeavingAsync).WithName("FlagStudentLeaving");
        api.MapPost(ApiRoutes.Submissions, SubmissionsApi.UploadAsync).WithName("UploadSubmission");
        api.MapGet(ApiRoutes.Submissions, SubmissionsApi.ListAsync).WithName("ListSubmissions");
        api.MapGet(ApiRoutes.Submission, SubmissionsApi.GetReceiptAsync).WithName("GetSubmissionReceipt");
        api.MapGet(ApiRoutes.Report, ReportsApi.GetReportAsync).WithName("GetReport");
        api.MapGet(ApiRoutes.StateReport, ReportsApi.GetStateReportAsync).WithName("GetStateReport");
        api.MapGet(ApiRoutes.StateChildCountList, ReportsApi.GetChildCountListAsync).WithName("GetChildCountList");
        api.MapGet(ApiRoutes.Contacts, ContactsApi.GetAsync).WithName("GetContacts");
        api.MapPut(ApiRoutes.Contacts, ContactsApi.PutAsync).WithName("PutContacts");
        api.MapGet(ApiRoutes.StateNotices, NoticesApi.ListAsync).WithName("ListNotices");
        api.MapGet(ApiRoutes.Notice, NoticesApi.GetAsync).WithName("GetNotice");
        api.MapGet(ApiRoutes.Worklist, IdentityWorkApi.GetWorklistAsync).WithName("GetWorklist");
        api.MapGet(ApiRoutes.NearMatch, IdentityWorkApi.GetNearMatchAsync).WithName("GetNearMatch");
        api.MapPost(ApiRoutes.ConfirmNearMatch, IdentityWorkApi.ConfirmAsync).WithName("ConfirmNearMatch");
        api.MapPost(ApiRoutes.RejectNearMatch, IdentityWorkApi.RejectAsync).WithName("RejectNearMatch");
        api.MapPost(ApiRoutes.Merges, IdentityWorkApi.ProposeMergeAsync).WithName("ProposeMerge");
        api.MapPost(ApiRoutes.Splits, IdentityWorkApi.ProposeSplitAsync).WithName("ProposeSplit");
        api.MapGet(ApiRoutes.IdentityChange, IdentityWorkApi.GetChangeAsync).WithName("GetIdentityChange");
        api.MapPost(ApiRoutes.ValidateIdentityChange, IdentityWorkApi.ValidateAsync).WithName("ValidateIdentityChange");
        api.MapGet(ApiRoutes.MatchModel, MatchModelApi.GetAsync).WithName("GetMatchModel");
        api.MapPost(ApiRoutes.MatchModel, MatchModelApi.EstimateAsync).WithName("EstimateMatchModel");
        api.MapGet(ApiRoutes.StudentAudit, AuditApi.GetStudentAuditAsync).WithName("GetStudentAudit");
        api.MapGet(ApiRoutes.UserAudit, AuditApi.GetUserAuditAsync).WithName("GetUserAudit");
        return api;
    }
}
