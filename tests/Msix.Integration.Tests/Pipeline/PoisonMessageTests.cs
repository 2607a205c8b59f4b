using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Msix.Domain.Messaging;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>A consolidate message that can never be processed ends in the poison queue, where people can look at it.</summary>
public sealed class PoisonMessageTests(EmulatorsFixture emulators)
{
    [Theory]
    [InlineData("{\"state\":\"TX\",\"stateStudentId\":")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("{\"state\":\"TX\"}")]
    public async Task A_consolidate_message_that_cannot_be_read_moves_to_the_poison_queue_after_five_deliveries(string body)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = PipelineHost.Start(emulators);
        var poison = host.Queue(QueueNames.Consolidate + QueueNames.PoisonSuffix);

        // Base64, as every message of the exchange: the body is what is wrong, not its encoding.
        await host.Queue(QueueNames.Consolidate).SendMessageAsync(body, ct);
        var poisoned = await Poll.UntilAsync(
            async token => (await poison.PeekMessagesAsync(1, token)).Value is [var message] ? message : null,
            "the message in the poison queue",
            () => host.Factory.Logs.Tail());

        Assert.Equal(body, poisoned.Body.ToString());
        var failures = host.Factory.Logs.Entries.Count(e => e.Level == LogLevel.Error && e.Category == "Function.ConsolidateContribution");
        Assert.True(failures == 5, $"{failures} failed deliveries were logged:{Environment.NewLine}{host.Factory.Logs.Tail()}");

        // The poison copy is written before the original is deleted: the queue empties a moment later.
        await Poll.UntilAsync(
            async token => ((QueueProperties)await host.Queue(QueueNames.Consolidate).GetPropertiesAsync(token)).ApproximateMessagesCount == 0 ? "empty" : null,
            "the consolidate queue to be empty once the message is in the poison queue",
            () => host.Factory.Logs.Tail(),
            TimeSpan.FromSeconds(10));
    }
}
