namespace Msix.Domain.Records;

/// <summary>
/// The child's secondary credits across every State, in total and by subject area. A completed course adds
/// its credits attempted and granted; a course in progress adds its credits attempted to the credits in
/// progress only (what it may grant is counted once it is completed). A course reported more than once (the
/// same school year, term type, section, title and school, ignoring case and surrounding spaces) is counted
/// once; see <see cref="CourseEntry.CountedInCreditSummary"/>. Missing credits count as zero.
/// </summary>
public sealed record CreditSummary(
    decimal CreditsAttempted,
    decimal CreditsGranted,
    decimal CreditsInProgress,
    IReadOnlyList<SubjectAreaCredits> BySubjectArea)
{
    /// <param name="counted">The courses the summary counts (duplicates left out).</param>
    internal static CreditSummary From(IReadOnlyList<CourseEntry> counted)
    {
        var bySubject = counted
            .GroupBy(c => c.Course.SubjectAreaName.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => SubjectAreaCredits.Of(g.Key, [.. g]))
            .OrderBy(s => s.SubjectAreaName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var total = SubjectAreaCredits.Of("", counted);
        return new CreditSummary(total.CreditsAttempted, total.CreditsGranted, total.CreditsInProgress, bySubject);
    }
}

/// <summary>The credits of one subject area, counted as the <see cref="CreditSummary"/> counts them.</summary>
public sealed record SubjectAreaCredits(string SubjectAreaName, decimal CreditsAttempted, decimal CreditsGranted, decimal CreditsInProgress)
{
    internal static SubjectAreaCredits Of(string subjectAreaName, IReadOnlyList<CourseEntry> counted)
    {
        decimal attempted = 0, granted = 0, inProgress = 0;
        foreach (var course in counted.Select(c => c.Course))
        {
            if (course.InProgress)
            {
                inProgress += course.CreditsAttempted ?? 0;
            }
            else
            {
                attempted += course.CreditsAttempted ?? 0;
                granted += course.CreditsGranted ?? 0;
            }
        }

        return new SubjectAreaCredits(subjectAreaName, attempted, granted, inProgress);
    }
}
