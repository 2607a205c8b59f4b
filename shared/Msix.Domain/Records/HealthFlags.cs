using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>
/// The health elements of the MDE, both kept on enrollments: each from the most recent enrollment that has
/// it (latest enrollment date; on the same date, the most recent State record). Null when no enrollment has it.
/// </summary>
/// <param name="MedicalAlertIndicator">Chronic, acute or none.</param>
/// <param name="ImmunizationRecordFlag">True when the school or project has the child's immunization records on file.</param>
public sealed record HealthFlags(HealthFlag<MedicalAlertIndicator>? MedicalAlertIndicator, HealthFlag<bool>? ImmunizationRecordFlag)
{
    /// <param name="enrollments">The child's enrollments, most recent first.</param>
    internal static HealthFlags From(IReadOnlyList<EnrollmentEntry> enrollments) =>
        new(Latest(enrollments, e => e.MedicalAlertIndicator), Latest(enrollments, e => e.ImmunizationRecordFlag));

    private static HealthFlag<T>? Latest<T>(IReadOnlyList<EnrollmentEntry> enrollments, Func<Enrollment, T?> element)
        where T : struct =>
        enrollments
            .Where(e => element(e.Enrollment).HasValue)
            .Select(e => new HealthFlag<T>(element(e.Enrollment)!.Value, e.State, e.AsOf, e.Enrollment.EnrollmentDate, e.Enrollment.SchoolOrProjectName))
            .FirstOrDefault();
}

/// <summary>One health element with the enrollment and State it comes from.</summary>
/// <param name="State">The State whose record holds the enrollment.</param>
/// <param name="AsOf">When that State's system last changed its record of the child.</param>
/// <param name="EnrollmentDate">The date of the enrollment that carries the element.</param>
/// <param name="SchoolOrProjectName">The school or project of that enrollment.</param>
public sealed record HealthFlag<T>(T Value, string State, DateTimeOffset AsOf, DateOnly EnrollmentDate, string SchoolOrProjectName)
    where T : struct;
