using Msix.Domain.Mde;
using Msix.Synthetic.Places;

namespace Msix.Synthetic.Life;

/// <summary>An enrollment with what the course and assessment planners need to know about it.</summary>
/// <param name="LastDay">The withdrawal date, or the reference date while the child is still enrolled.</param>
/// <param name="School">The school, for a regular term.</param>
internal sealed record PlannedEnrollment(
    Enrollment Enrollment,
    EnrollmentKind Kind,
    int SchoolYear,
    DateOnly LastDay,
    School? School);
