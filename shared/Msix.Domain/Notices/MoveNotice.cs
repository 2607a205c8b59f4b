using System.Security.Cryptography;
using System.Text;
using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>
/// A notice that a child moved, or is about to, for the data administrators and contacts of
/// <see cref="ReceivingState"/>. One move gives one notice per receiving State: the id is derived from the
/// move, so repeating it finds the notice already there.
/// </summary>
/// <param name="Id">"mn-" and a hash of the MSIX ID, kind, States and date (<see cref="IdOf"/>).</param>
/// <param name="ReceivingState">Whose contacts it is for.</param>
/// <param name="FromState">The State the child left or is leaving.</param>
/// <param name="ToState">The State the child went or is going to, when known.</param>
/// <param name="MoveDate">The date of the move (the new enrolment, or the day the child was flagged as leaving).</param>
/// <param name="CreatedBy">The user who flagged the child, or "consolidation".</param>
public sealed record MoveNotice(
    string Id,
    string MsixId,
    MoveNoticeKind Kind,
    string ReceivingState,
    string FromState,
    string? ToState,
    DateOnly MoveDate,
    DateTimeOffset CreatedAt,
    string CreatedBy) : IDocument
{
    public const string IdPrefix = "mn-";

    public static string IdOf(string msixId, MoveNoticeKind kind, string receivingState, string fromState, string? toState, DateOnly moveDate)
    {
        var key = $"{msixId}|{kind}|{receivingState}|{fromState}|{toState}|{moveDate:yyyy-MM-dd}";
        return IdPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
