using System.Globalization;
using Msix.Domain.Mde;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// The assessments a regular-term enrollment saw: the State's spring tests in grades 3 to 8 (mathematics
/// and reading, science in grades 5 and 8), an end-of-course test in grades 9 to 11, and the English
/// language proficiency test in February for English learners. Only tests given while the child was
/// enrolled, and not after the reference date.
/// </summary>
internal static class AssessmentPlanner
{
    private const string MathContent = "Mathematics";
    private const string ReadingContent = "Reading/Language Arts";
    private const string ScienceContent = "Science";

    public static IEnumerable<Assessment> For(PlannedEnrollment planned, StateProfile state, ChildTraits traits, DateOnly today, SeededRandom random)
    {
        if (planned.Kind != EnrollmentKind.RegularTerm)
        {
            yield break;
        }

        var enrollment = planned.Enrollment;
        var year = planned.SchoolYear + 1;
        bool Enrolled(DateOnly day) => day >= enrollment.EnrollmentDate && day <= planned.LastDay && day <= today;

        var grade = GradeLevels.Number(enrollment.GradeLevel);
        if (traits.EnglishLearner && enrollment.EnglishLearnerIndicator != false && Enrolled(new DateOnly(year, 2, 15)))
        {
            var level = (1.0m + random.Next(0, 50) / 10m).ToString("0.0", CultureInfo.InvariantCulture);
            yield return new Assessment(state.EnglishProficiencyTest, "English Language Proficiency", AssessmentType.EnglishLanguageProficiency,
                new YearMonth(year, 2), AssessmentReportingMethod.ProficiencyLevel, level, null);
        }

        if (grade is null || !Enrolled(new DateOnly(year, 4, 15)))
        {
            yield break;
        }

        var april = new YearMonth(year, 4);
        switch (grade.Value)
        {
            case >= 3 and <= 8:
                yield return Scaled($"{state.StateTest} Grade {grade} Math", MathContent, AssessmentType.StateAssessmentMathematics, april, random);
                yield return Scaled($"{state.StateTest} Grade {grade} Reading", ReadingContent, AssessmentType.StateAssessmentReading, april, random);
                if (grade is 5 or 8)
                {
                    yield return Scaled($"{state.StateTest} Grade {grade} Science", ScienceContent, AssessmentType.StateAssessmentScience, april, random);
                }

                break;
            case 9:
                yield return Scaled($"{state.StateTest} Algebra I", MathContent, AssessmentType.EndOfCourse, april, random);
                break;
            case 10:
                yield return Scaled($"{state.StateTest} English II", ReadingContent, AssessmentType.EndOfCourse, april, random);
                break;
            case 11:
                yield return Scaled($"{state.StateTest} U.S. History", "Social Studies", AssessmentType.EndOfCourse, april, random);
                break;
        }
    }

    private static Assessment Scaled(string title, string content, AssessmentType type, YearMonth month, SeededRandom random)
    {
        var score = 1300 + random.Next(0, 301) + random.Next(0, 301);
        var interpretation = score switch
        {
            < 1500 => AssessmentInterpretation.BelowBasic,
            < 1620 => AssessmentInterpretation.Basic,
            < 1760 => AssessmentInterpretation.Proficient,
            _ => AssessmentInterpretation.Advanced,
        };
        return new Assessment(title, content, type, month, AssessmentReportingMethod.ScaleScore,
            score.ToString(CultureInfo.InvariantCulture), interpretation);
    }
}
