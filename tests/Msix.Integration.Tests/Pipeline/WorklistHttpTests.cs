using System.Net;
using System.Net.Http.Json;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Infrastructure;
using Msix.Synthetic;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// Near matches end on a State's worklist over HTTP, and merges and splits take effect only when a second data
/// administrator validates them, over the local host, Azurite and cosmosdb-server.
/// </summary>
public sealed class WorklistHttpTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task A_near_match_is_confirmed_merged_by_a_second_administrator_and_split_again_over_http()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = PipelineHost.Start(emulators);
        var options = new SyntheticOptions(505, 40, ["TX", "CA"]) { Today = PipelineData.Today, MoverShare = 1.0, VariationRate = 0 };
        var mover = SyntheticPopulation.GenerateFamilies(options).SelectMany(f => f.Children)
            .First(c => c.States.Contains("TX") && c.States.Contains("CA") && !c.Truth.MultipleBirthFlag);
        var texas = mover.Records.Single(r => r.State == "TX").Record;
        var california = mover.Records.Single(r => r.State == "CA").Record;

        // California has the birth date wrong by years: the same child to a person, held back from linking automatically.
        var wrongDate = california with { Demographics = california.Demographics! with { BirthDate = california.Demographics.BirthDate.AddYears(-3).AddDays(17) } };
        var texasFile = await PipelineData.JsonLinesAsync([texas]);
        await host.DropAsync("TX", "TX-20261125.jsonl", texasFile);
        Assert.Equal(ReceiptStatus.Accepted, (await host.ReceiptAsync("TX", PipelineData.IdOf(texasFile))).Status);
        var texasId = await host.MsixIdAsync("TX", texas.StateStudentId);
        var californiaFile = await PipelineData.JsonLinesAsync([wrongDate]);
        await host.DropAsync("CA", "CA-20261125.jsonl", californiaFile);
        Assert.Equal(ReceiptStatus.Accepted, (await host.ReceiptAsync("CA", PipelineData.IdOf(californiaFile))).Status);
        var californiaId = await host.MsixIdAsync("CA", california.StateStudentId);
        Assert.NotEqual(texasId, californiaId);

        var routedTo = Latest(texas, "TX", wrongDate, "CA");
        // The near match is proposed just after the record is linked: wait for it on the worklist.
        var worklist = await Poll.UntilAsync(
            async token => await host.Http.GetFromJsonAsync<WorklistView>($"/api/states/{routedTo}/worklist", MsixJson.Options, token) is { NearMatches.Count: > 0 } list ? list : null,
            "the near match on the worklist",
            () => host.Factory.Logs.Tail());
        var item = Assert.Single(worklist.NearMatches).Item;
        Assert.Contains("birth dates differ", item.Hold, StringComparison.Ordinal);

        var other = routedTo == "TX" ? "CA" : "TX";
        using var ana = host.ClientAs("ana", routedTo, Roles.StateDataAdministrator);
        using var luis = host.ClientAs("luis", routedTo, Roles.StateDataAdministrator);
        using var outsider = host.ClientAs("olga", other, Roles.StateDataAdministrator);
        using var staff = host.ClientAs("sam", routedTo, Roles.SchoolStaff);

        // Only the data administrators of the State whose worklist holds the item may see or settle it.
        using var notTheirs = await outsider.PostAsJsonAsync($"/api/near-matches/{item.Id}/confirm", new { }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        using var notTheirsRead = await outsider.GetAsync(new Uri($"/api/near-matches/{item.Id}", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirsRead.StatusCode);
        using var notAdministrator = await staff.PostAsJsonAsync($"/api/near-matches/{item.Id}/confirm", new { }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, notAdministrator.StatusCode);
        using var badSurvivor = await ana.PostAsJsonAsync($"/api/near-matches/{item.Id}/confirm", new { survivingMsixId = "123" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, badSurvivor.StatusCode);
        Assert.Contains("survivingMsixId", await badSurvivor.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var missing = await ana.PostAsJsonAsync("/api/near-matches/nm-0000/confirm", new { }, ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var confirmed = await ana.PostAsync(new Uri($"/api/near-matches/{item.Id}/confirm", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var merge = (await confirmed.Content.ReadFromJsonAsync<IdentityChange>(MsixJson.Options, ct))!;
        Assert.Equal(IdentityChangeStatus.Proposed, merge.Status);
        Assert.Equal("ana", merge.ProposedBy);

        using var sameAdministrator = await ana.PostAsync(new Uri($"/api/identity-changes/{merge.Id}/validate", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.Conflict, sameAdministrator.StatusCode);
        using var otherState = await outsider.PostAsync(new Uri($"/api/identity-changes/{merge.Id}/validate", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.Forbidden, otherState.StatusCode);
        using var validated = await luis.PostAsync(new Uri($"/api/identity-changes/{merge.Id}/validate", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);

        var merged = await host.StudentAsync(californiaId, v => v.Contributions.Count == 2);
        Assert.Equal(texasId, merged.MsixId);

        // California's record leaves: proposed by one of California's administrators, validated by another.
        using var carla = host.ClientAs("carla", "CA", Roles.StateDataAdministrator);
        using var carlos = host.ClientAs("carlos", "CA", Roles.StateDataAdministrator);
        using var texan = host.ClientAs("tomas", "TX", Roles.StateDataAdministrator);
        using var notTheirSplit = await texan.PostAsJsonAsync($"/api/students/{texasId}/splits", new { state = "CA", stateStudentId = california.StateStudentId }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirSplit.StatusCode);
        using var proposeSplit = await carla.PostAsJsonAsync($"/api/students/{texasId}/splits", new { state = "CA", stateStudentId = california.StateStudentId }, ct);
        Assert.Equal(HttpStatusCode.Created, proposeSplit.StatusCode);
        var split = (await proposeSplit.Content.ReadFromJsonAsync<IdentityChange>(MsixJson.Options, ct))!;
        using var splitDone = await carlos.PostAsync(new Uri($"/api/identity-changes/{split.Id}/validate", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.OK, splitDone.StatusCode);
        var newId = (await splitDone.Content.ReadFromJsonAsync<IdentityChange>(MsixJson.Options, ct))!.NewMsixId!;

        Assert.Equal(["TX"], (await host.StudentAsync(texasId, v => v.Contributions.Count == 1)).Contributions.Select(c => c.State));
        Assert.Equal(["CA"], (await host.StudentAsync(newId, v => v.Contributions.Count == 1)).Contributions.Select(c => c.State));
        Assert.Equal(newId, await host.MsixIdAsync("CA", california.StateStudentId));
    }

    private static string Latest(ChildRecord a, string stateA, ChildRecord b, string stateB) =>
        a.Enrollments.Max(e => e.EnrollmentDate) >= b.Enrollments.Max(e => e.EnrollmentDate) ? stateA : stateB;
}
