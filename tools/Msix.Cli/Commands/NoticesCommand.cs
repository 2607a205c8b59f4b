using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Msix.Cli.Stack;
using Msix.Domain.Messaging;
using Msix.Domain.Notices;
using Msix.Domain.Storage;

namespace Msix.Cli.Commands;

/// <summary>./msix notices requeue: queues again the mails of notices whose delivery failed, once the cause is fixed.</summary>
internal static class NoticesCommand
{
    public static Command Create()
    {
        var command = new Command("notices", "Move notices and their mails.");
        var state = new Option<string?>("--state") { Description = "Only the notices sent to this State." };
        var connection = new Option<string?>("--connection") { Description = "A Cosmos DB connection string. Default: MsixCosmos from the environment, else the local stack's cosmosdb-server." };
        var storage = new Option<string?>("--storage") { Description = "A storage connection string for the notify queue. Default: MsixStorage from the environment, else the local Azurite." };
        var cosmosPort = new Option<int>("--cosmos-port") { Description = "The local cosmosdb-server's port, when no connection string is given.", DefaultValueFactory = _ => ExchangeTarget.DefaultCosmosPort };
        var database = new Option<string?>("--database") { Description = "The database. Default: Msix__Cosmos__DatabaseName from the environment, else \"msix\"." };
        var requeue = new Command("requeue", "Queue again every notice whose mail failed (each contact already sent is skipped).") { state, connection, storage, cosmosPort, database };
        requeue.SetAction((parse, cancellationToken) => RequeueAsync(
            parse.GetValue(state)?.ToUpperInvariant(),
            ExchangeTarget.From(parse.GetValue(connection), parse.GetValue(cosmosPort), parse.GetValue(database), parse.GetValue(storage)),
            cancellationToken));
        command.Subcommands.Add(requeue);
        return command;
    }

    private static async Task<int> RequeueAsync(string? state, ExchangeTarget target, CancellationToken cancellationToken)
    {
        await using var services = target.CreateServices();
        var deliveries = services.GetRequiredService<IDocumentFeed<NoticeDelivery>>();
        var messages = services.GetRequiredService<IMessageSender>();
        var queued = 0;
        await foreach (var delivery in deliveries.ReadAllAsync(cancellationToken))
        {
            if (delivery.Status != DeliveryStatus.Failed ||
                (state is not null && !string.Equals(delivery.ReceivingState, state, StringComparison.Ordinal)))
            {
                continue;
            }

            await messages.SendAsync(QueueNames.Notify, new NoticeMessage(delivery.NoticeId), cancellationToken);
            queued++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Queued {queued} failed notices again on '{QueueNames.Notify}'."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT requeued={queued}"));
        return 0;
    }
}
