using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Audit;
using Msix.Domain.Notices;
using Msix.Domain.Search;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// School staff find a child and read the record over HTTP; every search and read lands in the audit trail,
/// which verifies; a child flagged as leaving makes one notice; a State keeps its contacts; the API documents itself.
/// </summary>
public sealed class StudentApiHttpTests(EmulatorsFixture emulators)
{
    private static readonly string[] WantedNotices = ["Arrived", "LeavingToYou"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_find_and_read_a_child_and_every_search_and_read_is_in_a_verified_audit_chain()
    {
        await using var host = PipelineHost.Start(emulators);
        var children = PipelineData.Children("TX", 30, seed: 41);
        await host.SubmitAcceptedAsync("TX", "TX-students.jsonl", children);
        var child = children[7];
        var d = child.Demographics!;
        var msixId = await host.MsixIdAsync("TX", child.StateStudentId);
        using var staff = host.ClientAs("staff-fl-1", "FL", Roles.SchoolStaff);
        using var sysadmin = host.ClientAs("root", null, Roles.SystemAdministrator);

        // Accents dropped and the first name in lower case, as staff type it.
        var search = $"/api/students?firstName={Uri.EscapeDataString(d.FirstName.ToLowerInvariant())}&lastName={Uri.EscapeDataString(Plain(d.LastName1))}&birthDate={d.BirthDate:yyyy-MM-dd}";
        var page = await Poll.UntilAsync(
            async ct =>
            {
                var found = await staff.GetFromJsonAsync<SearchPage>(new Uri(search, UriKind.Relative), MsixJson.Options, ct);
                return found is { Total: > 0 } && found.Hits[0].MsixId == msixId ? found : null;
            },
            "the child to be found by search",
            () => host.Factory.Logs.Tail());
        Assert.Contains(page.Hits[0].Matched, m => m.Comparison == "BirthDate");

        using var record = await staff.GetAsync(new Uri($"/api/students/{msixId}", UriKind.Relative), Ct);
        using var printed = await staff.GetAsync(new Uri($"/api/students/{msixId}/print", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("text/html", printed.Content.Headers.ContentType?.MediaType);
        Assert.Contains(msixId, await printed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var broad = await staff.GetAsync(new Uri($"/api/students?lastName={Uri.EscapeDataString(d.LastName1)}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broad.StatusCode);
        Assert.Contains("criteria", await broad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var unknown = await staff.GetAsync(new Uri("/api/students?surname=Garcia&birthDate=2015-01-01", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("surname", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var byChild = await sysadmin.GetFromJsonAsync<AuditPage>(new Uri($"/api/students/{msixId}/audit", UriKind.Relative), MsixJson.Options, Ct);
        var byUser = await sysadmin.GetFromJsonAsync<AuditPage>(new Uri("/api/users/staff-fl-1/audit", UriKind.Relative), MsixJson.Options, Ct);
        Assert.Equal(["GetStudentPage", "GetStudent", "SearchStudents"], byChild!.Entries.Select(e => e.Operation).Take(3));
        Assert.All(byChild.Entries, e => Assert.Equal(("staff-fl-1", Roles.SchoolStaff, "FL"), (e.ActorUserId, e.Role, e.ActorState)));
        Assert.Equal(["GetStudentPage", "GetStudent", "SearchStudents"], byUser!.Entries.Select(e => e.Operation).Take(3));
        Assert.DoesNotContain(byUser.Entries, e => (e.Detail ?? "").Contains(d.LastName1, StringComparison.OrdinalIgnoreCase));

        var verifier = host.Service<AuditChainVerifier>();
        Assert.Null((await verifier.VerifyAsync(AuditChain.ForStudent(msixId), Ct)).BrokenAtSeq);
        var userChain = await verifier.VerifyAsync(AuditChain.ForUser("staff-fl-1"), Ct);
        Assert.Null(userChain.BrokenAtSeq);
        Assert.True(userChain.EntriesChecked >= 3);
    }

    [Fact]
    public async Task A_child_flagged_as_leaving_makes_one_notice_for_the_destination_and_a_State_keeps_its_contacts()
    {
        await using var host = PipelineHost.Start(emulators);
        var children = PipelineData.Children("TX", 3, seed: 43);
        var file = await host.SubmitAcceptedAsync("TX", "TX-leaving.jsonl", children);
        var msixId = await host.MsixIdAsync("TX", children[0].StateStudentId);
        using var staff = host.ClientAs("staff-tx-1", "TX", Roles.SchoolStaff);
        using var administrator = host.ClientAs("admin-tx-1", "TX", Roles.StateDataAdministrator);

        using var first = await staff.PostAsJsonAsync($"/api/students/{msixId}/leaving", new { destinationState = "FL" }, Ct);
        using var again = await staff.PostAsJsonAsync($"/api/students/{msixId}/leaving", new { destinationState = "fl" }, Ct);
        using var unknownDestination = await staff.PostAsync(new Uri($"/api/students/{msixId}/leaving", UriKind.Relative), null, Ct);
        using var badState = await staff.PostAsJsonAsync($"/api/students/{msixId}/leaving", new { destinationState = "Florida" }, Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var notice = (await first.Content.ReadFromJsonAsync<MoveNotice>(MsixJson.Options, Ct))!;
        Assert.Equal((MoveNoticeKind.LeavingToYou, "FL", "TX", msixId, "staff-tx-1"), (notice.Kind, notice.ReceivingState, notice.FromState, notice.MsixId, notice.CreatedBy));
        Assert.Equal(notice.Id, (await again.Content.ReadFromJsonAsync<MoveNotice>(MsixJson.Options, Ct))!.Id);
        Assert.Equal(MoveNoticeKind.Leaving, (await unknownDestination.Content.ReadFromJsonAsync<MoveNotice>(MsixJson.Options, Ct))!.Kind);
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("destinationState", await badState.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(2, (await host.ReadAllAsync(Msix.Adapters.Cosmos.CosmosContainerNames.Notices)).Count(n => n.GetProperty("id").GetString()!.StartsWith("mn-", StringComparison.Ordinal)));

        using var saved = await administrator.PutAsJsonAsync(
            "/api/states/TX/contacts",
            new { contacts = new[] { new { name = "Records office", email = "records@tea.example.gov", notices = WantedNotices } } },
            Ct);
        using var badEmail = await administrator.PutAsJsonAsync("/api/states/TX/contacts", new { contacts = new[] { new { name = "X", email = "not an address" } } }, Ct);
        var kept = await administrator.GetFromJsonAsync<StateContacts>(new Uri("/api/states/TX/contacts", UriKind.Relative), MsixJson.Options, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);
        Assert.Contains("contacts[0].email", await badEmail.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var contact = Assert.Single(kept!.Contacts);
        Assert.Equal(("records@tea.example.gov", "admin-tx-1"), (contact.Email, kept.UpdatedBy));
        Assert.Equal([MoveNoticeKind.Arrived, MoveNoticeKind.LeavingToYou], contact.Notices);

        using var submissions = await administrator.GetAsync(new Uri("/api/states/TX/submissions", UriKind.Relative), Ct);
        var listed = JsonSerializer.Deserialize<JsonElement>(await submissions.Content.ReadAsStringAsync(Ct));
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("submissionId").GetString() == PipelineData.IdOf(file));
    }

    [Fact]
    public async Task The_API_serves_its_OpenAPI_document_and_a_page_without_a_token()
    {
        await using var host = PipelineHost.Start(emulators);
        using var anonymous = host.Factory.CreateClient();

        var document = JsonSerializer.Deserialize<JsonElement>(await anonymous.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative), Ct));
        var page = await anonymous.GetStringAsync(new Uri("/api/docs", UriKind.Relative), Ct);

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString())).ToList();
        Assert.Equal(ApiCatalog.All.Select(o => o.Name).Order(StringComparer.Ordinal), operations.Order(StringComparer.Ordinal));
        foreach (var operation in ApiCatalog.All)
        {
            Assert.Contains("/api/" + operation.Route, page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    private static string Plain(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
}
