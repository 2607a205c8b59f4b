using System.Text.Json.Serialization;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The records indexed under one blocking key, stored as one document read and written by id (no queries),
/// so finding a record's candidates is a point read per key. A key shared by too many records is full: it
/// finds no candidates (it tells too little) and takes no more members.
/// </summary>
/// <param name="Id">The document id: <c>bk:</c> and the key.</param>
/// <param name="Members">The records under the key, each with the MSIX ID it was linked to.</param>
public sealed record BlockingKeyDocument(string Id, IReadOnlyList<BlockMember> Members) : IDocument
{
    /// <summary>The document id of a key.</summary>
    public static string IdOf(string key) => $"bk:{key}";
}

/// <summary>One record under a blocking key.</summary>
/// <param name="Key">The record's key (its contribution's id: State and State student ID).</param>
/// <param name="MsixId">The MSIX ID it was linked to.</param>
/// <param name="Fields">
/// The record's identifying fields as it joined the key, so a search can rank the records under its keys without
/// reading each one; it then reads the current record of those it lists. Stored as one line
/// (<see cref="PackedMatchFields"/>); absent on members written before keys carried fields.
/// </param>
public sealed record BlockMember(string Key, string MsixId, [property: JsonConverter(typeof(PackedMatchFieldsJsonConverter))] MatchFields? Fields = null);
