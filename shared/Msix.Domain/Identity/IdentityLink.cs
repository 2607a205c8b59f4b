using Msix.Domain.Storage;

namespace Msix.Domain.Identity;

/// <summary>Which MSIX ID a State's record of a child belongs to, and how that was decided.</summary>
/// <param name="Id">"{State}-{StateStudentId}".</param>
/// <param name="Method">How the link was made: "deterministic" for a State student ID seen before or new.</param>
public sealed record IdentityLink(
    string Id,
    string State,
    string StateStudentId,
    string MsixId,
    string Method,
    DateTimeOffset LinkedAt) : IDocument
{
    public static string IdOf(string state, string stateStudentId) => $"{state}-{stateStudentId}";
}
