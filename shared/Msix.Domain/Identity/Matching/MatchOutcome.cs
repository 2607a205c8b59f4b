using System.Text.Json.Serialization;

namespace Msix.Domain.Identity.Matching;

/// <summary>What the matcher decided for a record.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchOutcome>))]
public enum MatchOutcome
{
    /// <summary>The record is linked to an existing MSIX ID.</summary>
    AutoLink,

    /// <summary>The record gets a new MSIX ID, and near matches that a data administrator settles.</summary>
    NearMatch,

    /// <summary>The record gets a new MSIX ID: nothing comes close.</summary>
    NewIdentity,
}
