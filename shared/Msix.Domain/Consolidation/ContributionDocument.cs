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
/// <remarks>
/// <see cref="EnrollmentArrivals"/> came after the first documents were stored: a document without it reads as an
/// empty list, and its enrolments count as arrived at <see cref="StoredAt"/>.
/// </remarks>
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
    /// <summary>
    /// When each enrolment of <see cref="Record"/> first reached the exchange, one per enrolment key, in the
    /// record's enrolment order. Empty for a withdrawn record and for documents stored before arrivals were kept.
    /// </summary>
    public IReadOnlyList<EnrollmentArrival> EnrollmentArrivals { get; init; } = [];

    public static string IdOf(string state, string stateStudentId) => $"{state}-{stateStudentId}";

    /// <summary>
    /// When the enrolment <paramref name="key"/> of this record first reached the exchange: its recorded arrival,
    /// else <see cref="StoredAt"/> (the latest it can have arrived, for documents stored before arrivals were kept).
    /// </summary>
    public DateTimeOffset ArrivalOf(EnrollmentKey key)
    {
        foreach (var arrival in EnrollmentArrivals)
        {
            if (arrival.Key.Equals(key))
            {
                return arrival.ArrivedAt;
            }
        }

        return StoredAt;
    }
}
