namespace Msix.Domain.Storage;

/// <summary>The exchange's blob containers, named once for both hosts and the infrastructure.</summary>
public static class BlobContainerNames
{
    /// <summary>Where States drop submission files, one folder per State: dropzone/TX/file.jsonl.</summary>
    public const string DropZone = "dropzone";

    /// <summary>Receipts, beside the State's folder: receipts/TX/&lt;submission id&gt;.json and .errors.csv.</summary>
    public const string Receipts = "receipts";

    /// <summary>The audit anchors, one blob a set, never changed or removed once written (under an immutability policy in Azure).</summary>
    public const string AuditAnchors = "audit-anchors";

    /// <summary>The blob trigger's path pattern on the drop zone.</summary>
    public const string DropZoneTriggerPath = DropZone + "/{state}/{name}";
}
