namespace Msix.Domain.Mde;

/// <summary>MDE course history: one secondary course, in progress or completed, with its credits.</summary>
/// <param name="AcademicYear">The school year the course was taken, as "2025-2026".</param>
public sealed record CourseHistory(
    string CourseTitle,
    string SubjectAreaName,
    CourseType CourseType,
    CourseSection CourseSection,
    TermType TermType,
    string AcademicYear,
    string? SchoolOrProjectName,
    decimal? ClockHours,
    string? GradeToDate,
    string? FinalGrade,
    decimal? CreditsAttempted,
    decimal? CreditsGranted,
    bool InProgress);
