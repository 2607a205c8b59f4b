namespace Msix.Domain.Messaging;

/// <summary>
/// The exchange's queues. The Functions app's triggers, the local host's triggers and the infrastructure
/// all take these names from here. A message that fails five deliveries moves to "&lt;queue&gt;-poison".
/// </summary>
public static class QueueNames
{
    /// <summary>One message per stored State contribution to link and merge into its consolidated record.</summary>
    public const string Consolidate = "consolidate";

    /// <summary>One message per move notice to email to its receiving State's contacts.</summary>
    public const string Notify = "notify";

    public const string PoisonSuffix = "-poison";
}
