using System.Net;
using System.Net.Http.Json;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Identity.Matching;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>The match model over HTTP, against cosmosdb-server.</summary>
public sealed class MatchModelHttpTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task The_model_in_force_is_shown_and_an_estimate_from_too_few_records_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = PipelineHost.Start(emulators);
        using var administrator = host.ClientAs("sysadmin-1", null, Roles.SystemAdministrator);

        var model = await administrator.GetFromJsonAsync<MatchModel>("/api/match-model", MsixJson.Options, ct);
        Assert.Equal(InitialMatchModel.Value.Version, model!.Version);
        Assert.Contains(model.Comparisons, c => c.Name == "BirthDate" && c.Levels.Any(l => l.Name == "day and month swapped"));

        using var estimate = await administrator.PostAsync(new Uri("/api/match-model", UriKind.Relative), null, ct);
        Assert.Equal(HttpStatusCode.Conflict, estimate.StatusCode);
        Assert.Contains("at least 1000", await estimate.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
