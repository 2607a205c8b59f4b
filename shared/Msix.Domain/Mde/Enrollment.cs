namespace Msix.Domain.Mde;

/// <summary>MDE enrollment: one school or MEP project enrollment of the child.</summary>
public sealed record Enrollment(
    string? SchoolId,
    string SchoolOrProjectName,
    string? SchoolDistrictId,
    string? SchoolDistrictName,
    DateOnly EnrollmentDate,
    DateOnly? WithdrawalDate,
    MepEnrollmentType EnrollmentType,
    GradeLevel GradeLevel,
    DateOnly? ResidencyDate,
    bool? EnglishLearnerIndicator,
    bool? IdeaIndicator,
    string? DesignatedGraduationSchoolId,
    GraduationHseIndicator? GraduationHseIndicator,
    DateOnly? GraduationHseDate,
    bool? AlgebraIOrEquivalentIndicator,
    bool? OutOfStateTranscriptIndicator,
    MedicalAlertIndicator? MedicalAlertIndicator,
    bool? ImmunizationRecordFlag)
{
    /// <summary>What identifies this enrollment among the child's enrollments in one State's record.</summary>
    public EnrollmentKey Key => new(EnrollmentDate, SchoolId, SchoolOrProjectName);
}

/// <summary>
/// Identifies an enrollment of one child in one State's record: its date and the school's NCES ID, or
/// the school or project name where the State sends no NCES ID.
/// </summary>
public readonly record struct EnrollmentKey(DateOnly EnrollmentDate, string? SchoolId, string SchoolOrProjectName)
{
    public bool Equals(EnrollmentKey other) =>
        EnrollmentDate == other.EnrollmentDate &&
        (string.IsNullOrEmpty(SchoolId) || string.IsNullOrEmpty(other.SchoolId)
            ? string.Equals(SchoolOrProjectName.Trim(), other.SchoolOrProjectName.Trim(), StringComparison.OrdinalIgnoreCase)
            : string.Equals(SchoolId, other.SchoolId, StringComparison.Ordinal));

    public override int GetHashCode() => EnrollmentDate.GetHashCode();

    public override string ToString() => $"{EnrollmentDate:yyyy-MM-dd} at {(string.IsNullOrEmpty(SchoolId) ? SchoolOrProjectName : SchoolId)}";
}
