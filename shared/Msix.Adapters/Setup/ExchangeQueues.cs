using System.Reflection;
using Msix.Domain.Messaging;

namespace Msix.Adapters.Setup;

/// <summary>Every queue the exchange uses, each with its poison queue: the constants of <see cref="QueueNames"/>.</summary>
public static class ExchangeQueues
{
    /// <summary>The queues named in <see cref="QueueNames"/> (its suffix constant aside).</summary>
    public static IReadOnlyList<string> All { get; } = typeof(QueueNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string) && field.Name != nameof(QueueNames.PoisonSuffix))
        .Select(field => (string)field.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The queues and their poison queues.</summary>
    public static IReadOnlyList<string> AllWithPoison { get; } = All
        .SelectMany(queue => new[] { queue, queue + QueueNames.PoisonSuffix })
        .ToList();
}
