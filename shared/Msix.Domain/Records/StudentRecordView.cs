namespace Msix.Domain.Records;

/// <summary>
/// The consolidated record of one child as school staff read it: every value with the State and date it comes
/// from, built from every State's current record. Lists are most recent first.
/// </summary>
/// <param name="UpdatedAt">When the consolidated record last changed.</param>
/// <param name="Demographics">Who the child is, element by element, with sources and disagreements.</param>
/// <param name="Enrollments">
/// Every enrollment in every State, most recent first: by enrollment date, then the most recent State record,
/// then the order the State sent.
/// </param>
/// <param name="Courses">The course history by school year (most recent first) and term type.</param>
/// <param name="CreditSummary">Credits attempted, granted and in progress, in total and by subject area, each course counted once.</param>
/// <param name="Assessments">Every assessment, most recent administration first.</param>
/// <param name="Health">The medical alert indicator and immunization record flag of the most recent enrollment that has them.</param>
/// <param name="QualifyingMoves">Every qualifying move, most recent qualifying arrival date first.</param>
/// <param name="Contributions">The State records the consolidated record is built from, most recent first, each with its identity link.</param>
public sealed record StudentRecordView(
    string MsixId,
    DateTimeOffset UpdatedAt,
    SourcedDemographics Demographics,
    IReadOnlyList<EnrollmentEntry> Enrollments,
    IReadOnlyList<CourseYear> Courses,
    CreditSummary CreditSummary,
    IReadOnlyList<AssessmentEntry> Assessments,
    HealthFlags Health,
    IReadOnlyList<QualifyingMoveEntry> QualifyingMoves,
    IReadOnlyList<ContributionView> Contributions);
