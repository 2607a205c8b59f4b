using System.Text.Json.Serialization;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Worklists;

/// <summary>
/// A merge of two MSIX IDs, or a split of one State's record out of an MSIX ID, proposed by one data
/// administrator; it takes effect only when a second one validates it, as in the MSIX process.
/// </summary>
/// <param name="Id">"merge-{other}-{surviving}", or "split-{msixId}-" and a hash of the record's key.</param>
/// <param name="Kind">Merge or split.</param>
/// <param name="MsixId">For a merge the surviving MSIX ID; for a split the MSIX ID the record leaves.</param>
/// <param name="Other">For a merge the MSIX ID that becomes an alias; for a split the record's key.</param>
/// <param name="RoutedTo">The State whose administrators validate it.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="Status">Proposed, or done.</param>
/// <param name="History">Who did what to it, and when.</param>
public sealed record IdentityChange(
    string Id,
    IdentityChangeKind Kind,
    string MsixId,
    string Other,
    string RoutedTo,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    IdentityChangeStatus Status,
    IReadOnlyList<WorkEvent> History) : IDocument
{
    /// <summary>For a split: the new MSIX ID of the record, reserved before the split is carried out.</summary>
    public string? NewMsixId { get; init; }

    /// <summary>The id of a merge.</summary>
    public static string MergeIdOf(string surviving, string other) => $"merge-{other}-{surviving}";

    /// <summary>The id of a split (the record's key hashed, so the id can travel in an address).</summary>
    public static string SplitIdOf(string msixId, string recordKey) =>
        $"split-{msixId}-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(recordKey)))[..16];
}

/// <summary>A merge or a split.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentityChangeKind>))]
public enum IdentityChangeKind
{
    /// <summary>Two MSIX IDs become one; the other is an alias that still resolves.</summary>
    Merge,

    /// <summary>A State's record leaves an MSIX ID and gets a new one.</summary>
    Split,
}

/// <summary>Where an identity change stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IdentityChangeStatus>))]
public enum IdentityChangeStatus
{
    /// <summary>Waiting for a second data administrator.</summary>
    Proposed,

    /// <summary>Validated and carried out.</summary>
    Done,
}
