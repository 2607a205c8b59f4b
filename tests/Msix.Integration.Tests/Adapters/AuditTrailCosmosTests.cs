using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters.Setup;
using Msix.Domain.Audit;
using Msix.Domain.Identity;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

/// <summary>
/// The audit trail through the Cosmos DB adapter, against cosmosdb-server: two instances of the exchange
/// (each its own client, trail and memory of chain ends) append to the same chains at once.
/// </summary>
public sealed class AuditTrailCosmosTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task Two_instances_appending_to_one_chain_at_once_make_one_unbroken_chain_and_an_altered_entry_is_caught()
    {
        var ct = TestContext.Current.CancellationToken;
        const int eventsEach = 15;
        var environment = emulators.CreateEnvironment();
        await using var first = environment.CreateExchangeServices();
        await using var second = environment.CreateExchangeServices();
        await first.GetRequiredService<ExchangeStorageSetup>().EnsureCreatedAsync(ct);
        var child = MsixId.NewId();
        var at = new DateTimeOffset(2026, 10, 5, 14, 30, 15, TimeSpan.FromHours(-5)).AddTicks(1234);
        AuditEvent Event(int i) => new("admin-1", "NationalAdministrator", null, at.AddSeconds(i), "GET /students/{msixId}", [child], $"event {i}");

        await Task.WhenAll(Enumerable.Range(0, eventsEach * 2).Select(i => Task.Run(
            () => (i % 2 == 0 ? first : second).GetRequiredService<AuditTrail>().AppendAsync(Event(i), ct),
            ct)));

        var verifier = first.GetRequiredService<AuditChainVerifier>();
        var studentChain = AuditChain.ForStudent(child);
        foreach (var chain in new[] { AuditChain.ForUser("admin-1"), studentChain })
        {
            var verification = await verifier.VerifyAsync(chain, ct);
            Assert.True(verification.Ok, verification.Reason);
            Assert.Equal(eventsEach * 2, verification.EntriesChecked);
        }

        var trail = second.GetRequiredService<AuditTrail>();
        var newest = await trail.ReadNewestAsync(studentChain, null, 5, ct);
        Assert.Equal([30L, 29, 28, 27, 26], newest.Entries.Select(e => e.Seq));
        Assert.Equal(26, newest.NextBeforeSeq);
        var oldest = await trail.ReadChainAsync(studentChain, 1, 100, ct);
        Assert.Equal(Enumerable.Range(1, eventsEach * 2).Select(i => (long)i), oldest.Select(e => e.Seq));
        Assert.Equal(eventsEach * 2, oldest.Select(e => e.Detail).Distinct().Count());

        // Someone with write access changes who read the record.
        var entries = first.GetRequiredService<IDocumentStore<AuditEntry>>();
        var seventh = (await entries.ReadAsync(AuditEntry.IdOf(studentChain, 7), ct))!.Document;
        await entries.UpsertAsync(seventh with { ActorUserId = "someone-else" }, ct);

        var broken = await verifier.VerifyAsync(studentChain, ct);
        Assert.Equal((7L, AuditBreak.HashMismatch, 6L), (broken.BrokenAtSeq, broken.Problem, broken.EntriesChecked));
    }
}
