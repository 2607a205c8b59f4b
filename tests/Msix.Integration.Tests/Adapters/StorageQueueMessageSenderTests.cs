using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

public sealed class StorageQueueMessageSenderTests(EmulatorsFixture emulators) : IAsyncLifetime
{
    private AdapterHarness _harness = null!;

    public async ValueTask InitializeAsync() =>
        _harness = await AdapterHarness.StartAsync(emulators, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_sent_message_is_Base64_encoded_camelCase_JSON()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new ConsolidationRequest("TX", "S-42");

        await _harness.Get<IMessageSender>().SendAsync(QueueNames.Consolidate, request, ct);

        // A client without any encoding sees the body exactly as the Functions queue trigger receives it.
        var raw = new QueueClient(_harness.Environment.StorageConnectionString, QueueNames.Consolidate);
        var received = (await raw.ReceiveMessagesAsync(maxMessages: 1, cancellationToken: ct)).Value;
        var message = Assert.Single(received);
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString()));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("TX", document.RootElement.GetProperty("state").GetString());
        Assert.Equal(request, JsonSerializer.Deserialize<ConsolidationRequest>(json, MsixJson.Options));
    }

    [Fact]
    public async Task Messages_go_to_the_queue_they_are_sent_to()
    {
        var ct = TestContext.Current.CancellationToken;
        var sender = _harness.Get<IMessageSender>();

        await sender.SendAsync(QueueNames.Consolidate, new ConsolidationRequest("CA", "S-1"), ct);
        await sender.SendAsync(QueueNames.Consolidate, new ConsolidationRequest("CA", "S-2"), ct);

        var queue = new QueueClient(
            _harness.Environment.StorageConnectionString,
            QueueNames.Consolidate,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var properties = await queue.GetPropertiesAsync(ct);
        Assert.Equal(2, properties.Value.ApproximateMessagesCount);
        var poison = new QueueClient(_harness.Environment.StorageConnectionString, QueueNames.Consolidate + QueueNames.PoisonSuffix);
        Assert.Equal(0, (await poison.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount);
    }
}
