using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>One enrollment of the child, with the State whose record holds it.</summary>
/// <param name="State">The State whose record holds the enrollment.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="Enrollment">The enrollment exactly as the State sent it: school, dates, grade, enrollment type and the other MDE indicators.</param>
public sealed record EnrollmentEntry(string State, DateTimeOffset AsOf, Enrollment Enrollment);
