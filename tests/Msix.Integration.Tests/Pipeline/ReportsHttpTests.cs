using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Mde;
using Msix.Domain.Reports;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Writing;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// The national reports end to end: Texas sends its children (one of them then enrols in California, and a second
/// file has a bad child), staff search and read, the reports are computed from Cosmos DB and read over HTTP as
/// JSON, CSV and pages, by federal staff for the nation and by a State's administrators for the State. The
/// expected numbers are worked out from the files sent, not from the reports' code.
/// </summary>
public sealed class ReportsHttpTests(EmulatorsFixture emulators)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Federal_staff_read_the_nation_and_a_State_its_own_numbers_and_children()
    {
        await using var host = PipelineHost.Start(emulators);
        var period = PerformancePeriod.Of(PipelineData.Today);
        var texas = PipelineData.Children("TX", 20, seed: 61);
        await host.SubmitAcceptedAsync("TX", "TX-students.jsonl", texas);

        // A child of school age whose Texas enrolments all started a week ago or more moves to California.
        var mover = texas.First(c =>
            c.QualifyingMoves.Count > 0 &&
            c.Enrollments.Max(e => e.EnrollmentDate) < PipelineData.Today.AddDays(-7) &&
            c.Demographics!.BirthDate.AddYears(5) < PipelineData.Today && c.Demographics.BirthDate.AddYears(17) > PipelineData.Today);
        var california = mover with
        {
            StateStudentId = "CA" + mover.StateStudentId,
            Enrollments = [mover.Enrollments[0] with { SchoolId = null, SchoolOrProjectName = "Fresno Migrant Academy", SchoolDistrictId = null, SchoolDistrictName = null, EnrollmentDate = PipelineData.Today, WithdrawalDate = null }],
            QualifyingMoves = [mover.QualifyingMoves[0] with { QualifyingArrivalDate = PipelineData.Today.AddDays(-3), QualifyingMoveFromState = "TX", QualifyingMoveToState = "CA" }],
            Courses = [],
            Assessments = [],
        };
        await host.SubmitAcceptedAsync("CA", "CA-students.jsonl", [california]);
        var moverId = await host.MsixIdAsync("TX", mover.StateStudentId);
        Assert.Equal(moverId, await host.MsixIdAsync("CA", california.StateStudentId));

        // A second Texas file: one new child and one whose sex is not a code.
        var more = PipelineData.Children("TX", 2, seed: 62);
        var bad = Encoding.UTF8.GetBytes(JsonLinesSubmissionWriter.ToLine(more[0]) + "\n" + Changed(more[1], c => c["sex"] = "Q") + "\n");
        await host.DropAsync("TX", "TX-more.jsonl", bad);
        var receipt = await host.ReceiptAsync("TX", PipelineData.IdOf(bad));
        Assert.Equal(ReceiptStatus.AcceptedWithErrors, receipt.Status);
        await host.MsixIdAsync("TX", more[0].StateStudentId);

        // A Texas school's staff search once and read one record.
        using var staff = host.ClientAs("staff-tx-9", "TX", Roles.SchoolStaff);
        var d = mover.Demographics!;
        using (var search = await staff.GetAsync(new Uri($"/api/students?firstName={Uri.EscapeDataString(d.FirstName)}&lastName={Uri.EscapeDataString(d.LastName1)}&birthDate={d.BirthDate:yyyy-MM-dd}", UriKind.Relative), Ct))
        using (var read = await staff.GetAsync(new Uri($"/api/students/{moverId}", UriKind.Relative), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        await Poll.UntilAsync(
            async ct => (await host.Service<ReportService>().ComputeAsync([period], ct))[0].Reports.Mobility.Total > 0 ? (object)true : null,
            "the move to California to be consolidated",
            () => host.Factory.Logs.Tail());

        // The truth, from the files: children with an enrolment in the period.
        var texasChildren = texas.Append(more[0]).Count(c => c.Enrollments.Any(e => InPeriod(e, period)));
        var nation = texasChildren + (mover.Enrollments.Any(e => InPeriod(e, period)) ? 0 : 1);
        using var federal = host.ClientAs("federal-1", null, Roles.FederalStaff);
        var unduplicated = await JsonAsync(federal, $"/api/reports/unduplicated-counts?period={period.Label}");
        Assert.Equal("nation", unduplicated.GetProperty("scope").GetString());
        var content = unduplicated.GetProperty("content");
        Assert.Equal(nation, content.GetProperty("nation").GetInt32());
        Assert.Equal([("CA", 1), ("TX", texasChildren)], content.GetProperty("byState").EnumerateArray().Select(s => (s.GetProperty("state").GetString(), s.GetProperty("children").GetInt32())));

        var mobility = (await JsonAsync(federal, $"/api/reports/mobility?period={period.Label}")).GetProperty("content").GetProperty("moves");
        Assert.Equal(("TX", "CA", 1), Assert.Single(mobility.EnumerateArray().Select(m => (m.GetProperty("fromState").GetString(), m.GetProperty("toState").GetString(), m.GetProperty("moves").GetInt32()))));

        var usage = (await JsonAsync(federal, $"/api/reports/usage?period={period.Label}")).GetProperty("content").GetProperty("months");
        var month = Assert.Single(usage.EnumerateArray(), m => m.GetProperty("state").GetString() == "TX");
        Assert.Equal((1, 1, 1), (month.GetProperty("searches").GetInt32(), month.GetProperty("recordViews").GetInt32(), month.GetProperty("distinctUsers").GetInt32()));

        var quality = (await JsonAsync(federal, $"/api/reports/data-quality?period={period.Label}")).GetProperty("content").GetProperty("states");
        var texasQuality = Assert.Single(quality.EnumerateArray(), s => s.GetProperty("state").GetString() == "TX");
        Assert.Equal(21, texasQuality.GetProperty("records").GetInt32());
        var outcomes = texasQuality.GetProperty("submissions");
        Assert.Equal((2, 22L, 1L), (outcomes.GetProperty("submissions").GetInt32(), outcomes.GetProperty("childrenReceived").GetInt64(), outcomes.GetProperty("childrenRejected").GetInt64()));
        Assert.Equal(
            receipt.Errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal),
            outcomes.GetProperty("topErrorCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order(StringComparer.Ordinal));

        using var csv = await federal.GetAsync(new Uri($"/api/reports/unduplicated-counts?period={period.Label}&format=csv", UriKind.Relative), Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{period.Label},Nation,All,{nation}", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        foreach (var report in ReportNames.All)
        {
            using var page = await federal.GetAsync(new Uri($"/api/reports/{report}?period={period.Label}&format=html", UriKind.Relative), Ct);
            var html = await page.Content.ReadAsStringAsync(Ct);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{report}: {(int)page.StatusCode} {html}");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }

        // California's administrators: their own numbers, and the child behind their count.
        using var californiaAdmin = host.ClientAs("admin-ca-1", "CA", Roles.StateDataAdministrator);
        var counts = (await JsonAsync(californiaAdmin, $"/api/states/CA/reports/child-counts?period={period.Label}")).GetProperty("content").GetProperty("states");
        var californiaCount = Assert.Single(counts.EnumerateArray());
        Assert.Equal(("CA", 1), (californiaCount.GetProperty("state").GetString(), californiaCount.GetProperty("category1").GetInt32()));
        Assert.Empty(californiaCount.GetProperty("category1MsixIds").EnumerateArray());
        var children = (await JsonAsync(californiaAdmin, $"/api/states/CA/reports/child-counts/children?period={period.Label}")).GetProperty("content");
        Assert.Equal([moverId], children.GetProperty("category1MsixIds").EnumerateArray().Select(i => i.GetString()));
        using var list = await californiaAdmin.GetAsync(new Uri($"/api/states/CA/reports/child-counts/children?period={period.Label}&format=csv", UriKind.Relative), Ct);
        Assert.Contains($"{period.Label},CA,1,{moverId}", await list.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var californiaMoves = (await JsonAsync(californiaAdmin, $"/api/states/CA/reports/unduplicated-counts?period={period.Label}")).GetProperty("content");
        Assert.Equal(1, californiaMoves.GetProperty("nation").GetInt32());

        // Clear answers for what is not there.
        using var unknown = await federal.GetAsync(new Uri("/api/reports/everything", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains(ReportNames.DataQuality, await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var badPeriod = await federal.GetAsync(new Uri("/api/reports/mobility?period=2025-2027", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("period", await badPeriod.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var notComputed = await federal.GetAsync(new Uri("/api/reports/mobility?period=1999-2000", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, notComputed.StatusCode);
        Assert.Contains("reports compute", await notComputed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var badFormat = await federal.GetAsync(new Uri($"/api/reports/mobility?period={period.Label}&format=xlsx", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    private static bool InPeriod(Enrollment e, PerformancePeriod period) =>
        e.EnrollmentDate <= period.End && (e.WithdrawalDate ?? DateOnly.MaxValue) >= period.Start;

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Changed(ChildRecord record, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(JsonLinesSubmissionWriter.ToLine(record))!.AsObject();
        change(json);
        return json.ToJsonString(MsixJson.Options);
    }
}
