using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>The courses of one school year, by term.</summary>
/// <param name="AcademicYear">The school year, as "2025-2026".</param>
/// <param name="Terms">The year's terms, in the order of the Term Type code set (full year, semester, trimester, ..., summer term).</param>
public sealed record CourseYear(string AcademicYear, IReadOnlyList<CourseTerm> Terms);

/// <summary>The courses of one term type within a school year.</summary>
/// <param name="Courses">The courses, by subject area, title and section, then State.</param>
public sealed record CourseTerm(TermType TermType, IReadOnlyList<CourseEntry> Courses);
