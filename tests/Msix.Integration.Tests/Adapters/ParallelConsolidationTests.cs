using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters;
using Msix.Adapters.Setup;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;
using Msix.Synthetic;

namespace Msix.Integration.Tests.Adapters;

/// <summary>
/// Two instances of the exchange (each its own Cosmos DB client and services) consolidate two States' records
/// of the same new child at the same moment, against cosmosdb-server: they end with one MSIX ID.
/// </summary>
public sealed class ParallelConsolidationTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task Two_instances_consolidating_two_States_records_of_one_new_child_at_once_end_with_one_msix_id()
    {
        var ct = TestContext.Current.CancellationToken;
        var environment = emulators.CreateEnvironment();
        await using var first = Instance(environment);
        await using var second = Instance(environment);
        await first.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(ct);
        var writer = first.GetRequiredService<ContributionWriter>();
        var options = new SyntheticOptions(606, 200, ["TX"]) { VariationRate = 0 };
        var children = SyntheticPopulation.Generate(options).Where(r => !r.Record.Demographics!.MultipleBirthFlag).Take(8).ToList();

        foreach (var (child, round) in children.Select((c, i) => (c.Record, i)))
        {
            var texas = child with { StateStudentId = $"T{round}" };
            var california = child with { StateStudentId = $"C{round}" };
            await writer.StoreAsync("TX", "s1", texas, ct);
            await writer.StoreAsync("CA", "s1", california, ct);

            await Task.WhenAll(
                Task.Run(() => first.GetRequiredService<ConsolidationService>().ConsolidateAsync(new ConsolidationRequest("TX", texas.StateStudentId), ct), ct),
                Task.Run(() => second.GetRequiredService<ConsolidationService>().ConsolidateAsync(new ConsolidationRequest("CA", california.StateStudentId), ct), ct));

            var links = first.GetRequiredService<IDocumentStore<IdentityLink>>();
            var texasId = (await links.ReadAsync(IdentityLink.IdOf("TX", texas.StateStudentId), ct))!.Document.MsixId;
            var californiaId = (await links.ReadAsync(IdentityLink.IdOf("CA", california.StateStudentId), ct))!.Document.MsixId;
            Assert.True(texasId == californiaId, $"round {round}: {texasId} and {californiaId}");
            var record = (await first.GetRequiredService<IDocumentStore<ConsolidatedRecord>>().ReadAsync(texasId, ct))!.Document;
            Assert.Equal(["CA", "TX"], record.Contributions.Select(c => c.State).Order());
        }
    }

    private static ServiceProvider Instance(TestEnvironment environment)
    {
        var configuration = environment.BuildConfiguration();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddMsixDomain()
            .AddMsixAzureAdapters(configuration)
            .BuildServiceProvider();
    }
}
