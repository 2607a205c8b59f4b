using Msix.Domain.Mde;
using Msix.Domain.Storage;

namespace Msix.Domain.Consolidation;

/// <summary>
/// One State's current record of one child, as the exchange stores it: the record, where and when it
/// came from, and whether the State has withdrawn it.
/// </summary>
/// <param name="Id">"{State}-{StateStudentId}".</param>
/// <param name="SubmissionId">The submission that brought this version.</param>
/// <param name="ContentHash">A hash of the record, to tell an identical resend from a change.</param>
/// <param name="Withdrawn">True once the State sent a delete; the record then holds no sections.</param>
public sealed record ContributionDocument(
    string Id,
    string State,
    string StateStudentId,
    DateTimeOffset AsOf,
    string SubmissionId,
    DateTimeOffset StoredAt,
    string ContentHash,
    bool Withdrawn,
    ChildRecord Record) : IDocument
{
    public static string IdOf(string state, string stateStudentId) => $"{state}-{stateStudentId}";
}
