using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Msix.Adapters;
using Msix.Adapters.Cosmos;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.DevStack;

/// <summary>
/// The databases the tests get from cosmosdb-server all serve feed reads: past the numbers whose resource id
/// holds "+" or "/" (62 and 63 come within the first 64 databases a server makes).
/// </summary>
public sealed class TestDatabaseTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task Every_database_a_test_gets_serves_a_feed_read_of_its_containers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = CosmosClientFactory.Create(new ConfigurationBuilder()
            .AddInMemoryCollection([new(ConnectionNames.Cosmos, emulators.Cosmos.ConnectionString)])
            .Build());
        for (var i = 0; i < 70; i++)
        {
            var database = client.GetDatabase(await emulators.CreateDatabaseAsync());
            try
            {
                var container = (await database.CreateContainerAsync("things", "/id", cancellationToken: ct)).Container;
                await container.CreateItemAsync(new { id = "one" }, new PartitionKey("one"), cancellationToken: ct);
                using var feed = container.GetItemQueryIterator<JsonElement>((string?)null);
                var read = new List<JsonElement>();
                while (feed.HasMoreResults)
                {
                    read.AddRange(await feed.ReadNextAsync(ct));
                }

                Assert.Equal("one", Assert.Single(read).GetProperty("id").GetString());
            }
            finally
            {
                await database.DeleteAsync(cancellationToken: ct);
            }
        }
    }
}
