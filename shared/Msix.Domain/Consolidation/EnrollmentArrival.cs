using Msix.Domain.Mde;

namespace Msix.Domain.Consolidation;

/// <summary>
/// When one enrolment of a State's record of a child first reached the exchange: kept from version to version
/// of the contribution while the State keeps sending the enrolment, so the data-quality report can tell how long
/// after the child enrolled the exchange heard of it.
/// </summary>
/// <param name="Key">The enrolment (<see cref="Enrollment.Key"/>).</param>
/// <param name="ArrivedAt">The <see cref="ContributionDocument.StoredAt"/> of the first version that carried it (UTC).</param>
public sealed record EnrollmentArrival(EnrollmentKey Key, DateTimeOffset ArrivedAt);
