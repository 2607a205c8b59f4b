using System.Text.Json.Serialization;

namespace Msix.Domain.Notices;

/// <summary>What a move notice tells its receiving State.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MoveNoticeKind>))]
public enum MoveNoticeKind
{
    /// <summary>The child enrolled in the receiving State, having last been enrolled in another.</summary>
    Arrived,

    /// <summary>The child, last enrolled in the receiving State, enrolled in another.</summary>
    Left,

    /// <summary>School staff of another State flagged the child as leaving for the receiving State.</summary>
    LeavingToYou,

    /// <summary>School staff flagged the child as leaving, destination unknown: kept for the flagging State.</summary>
    Leaving,
}
