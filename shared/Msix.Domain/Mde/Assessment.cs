namespace Msix.Domain.Mde;

/// <summary>MDE assessment: one assessment the child took, with its result.</summary>
/// <param name="AdministrationDate">The month of administration (the MDE carries month and year only).</param>
public sealed record Assessment(
    string AssessmentTitle,
    string AssessmentContent,
    AssessmentType AssessmentType,
    YearMonth AdministrationDate,
    AssessmentReportingMethod ReportingMethod,
    string ScoreResults,
    AssessmentInterpretation? AssessmentInterpretation);
