using System.Text.RegularExpressions;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

/// <summary>
/// What every generated record must satisfy, as the problems found (none for a valid record): the schema's
/// required fields and lengths, and the life rules (no enrollment before birth or before a qualifying
/// move, withdrawal on or after enrollment, nothing after AsOf, AsOf not after the reference date, no
/// child older than 21, the grade that goes with the child's true age ...).
/// </summary>
internal static partial class RecordInvariants
{
    public static IEnumerable<string> Problems(SyntheticRecord synthetic, Demographics truth, DateOnly today)
    {
        var record = synthetic.Record;
        var at = $"{synthetic.State} {record.StateStudentId}";
        if (record.Action != RecordAction.Upsert || record.Demographics is not { } demographics)
        {
            yield return $"{at}: not an upsert with demographics";
            yield break;
        }

        foreach (var section in SubmissionSchema.CsvFiles)
        {
            foreach (var row in SubmissionFieldText.Rows(record, section))
            {
                foreach (var field in section.Fields)
                {
                    var text = row(field);
                    if (text is null && field.IsRequired(isDelete: false))
                    {
                        yield return $"{at}: {section.Name}.{field.Name} is required";
                    }

                    // A code is checked against its code set, not its length (SubmissionSchema gives CourseType 6 for "Regular").
                    if (text?.Length > field.MaxLength && field.Kind != FieldKind.Code)
                    {
                        yield return $"{at}: {section.Name}.{field.Name} '{text}' is longer than {field.MaxLength}";
                    }
                }
            }
        }

        if (!StudentId().IsMatch(record.StateStudentId))
        {
            yield return $"{at}: malformed State student ID";
        }

        var asOf = DateOnly.FromDateTime(record.AsOf.DateTime);
        var birth = demographics.BirthDate;
        if (asOf > today)
        {
            yield return $"{at}: AsOf {asOf} is after the reference date";
        }

        if (birth <= asOf.AddYears(-22))
        {
            yield return $"{at}: older than 21 on AsOf";
        }

        if (record.QualifyingMoves.Count == 0 || record.Enrollments.Count == 0)
        {
            yield return $"{at}: no qualifying move or no enrollment";
            yield break;
        }

        foreach (var move in record.QualifyingMoves)
        {
            var arrival = move.QualifyingArrivalDate;
            if (arrival < birth || arrival > asOf)
            {
                yield return $"{at}: qualifying arrival {arrival} outside birth {birth} .. AsOf {asOf}";
            }

            if (move.QualifyingMoveToState != synthetic.State)
            {
                yield return $"{at}: qualifying move to {move.QualifyingMoveToState}";
            }

            var byAge = truth.BirthDate.AddYears(22).AddDays(-1);
            var byMonths = arrival.AddMonths(36).AddDays(-1);
            if (move.EligibilityExpirationDate is { } expiration && expiration != (byAge < byMonths ? byAge : byMonths))
            {
                yield return $"{at}: eligibility expires {expiration} for arrival {arrival}";
            }
        }

        foreach (var enrollment in record.Enrollments)
        {
            var start = enrollment.EnrollmentDate;
            if (start < birth || start > asOf)
            {
                yield return $"{at}: enrollment {start} outside birth .. AsOf";
            }

            if (!record.QualifyingMoves.Any(m => m.QualifyingArrivalDate < start))
            {
                yield return $"{at}: enrollment {start} before any qualifying arrival";
            }

            if (enrollment.WithdrawalDate is { } withdrawal && (withdrawal < start || withdrawal > asOf))
            {
                yield return $"{at}: withdrawal {withdrawal} before enrollment {start} or after AsOf";
            }

            if (enrollment.SchoolId is { } school && !(school.Length == 12 && school.All(char.IsAsciiDigit) && school.StartsWith(enrollment.SchoolDistrictId ?? "?", StringComparison.Ordinal)))
            {
                yield return $"{at}: school ID {school} is not its district's 12-digit NCES ID";
            }

            if (enrollment.SchoolDistrictId is { } district && !(district.Length == 7 && district.All(char.IsAsciiDigit)))
            {
                yield return $"{at}: district ID {district} is not 7 digits";
            }

            if (GradeProblem(enrollment, truth.BirthDate) is { } gradeProblem)
            {
                yield return $"{at}: {gradeProblem}";
            }
        }

        var secondary = record.Enrollments.Any(e => e.GradeLevel is GradeLevel.Grade09 or GradeLevel.Grade10 or GradeLevel.Grade11 or GradeLevel.Grade12);
        foreach (var course in record.Courses)
        {
            if (!secondary || course.CreditsAttempted is not (0.5m or 1m))
            {
                yield return $"{at}: course {course.CourseTitle} of a non-secondary student or with odd credits";
            }

            var consistent = course.InProgress
                ? course.ClockHours > 0 && course.FinalGrade is null && course.CreditsGranted is null && course.GradeToDate is not null
                : course.FinalGrade is not null && (course.CreditsGranted == 0 || course.CreditsGranted == course.CreditsAttempted);
            if (!consistent)
            {
                yield return $"{at}: course {course.CourseTitle} in progress = {course.InProgress} has inconsistent grades or credits";
            }
        }

        foreach (var assessment in record.Assessments.Where(a => a.AdministrationDate.FirstDay > asOf))
        {
            yield return $"{at}: assessment {assessment.AssessmentTitle} after AsOf";
        }
    }

    /// <summary>The grade must go with the child's true age: KG at 5 (or 6 if a year behind), grade n at n + 5 or n + 6, P0 to P5 by age.</summary>
    private static string? GradeProblem(Enrollment enrollment, DateOnly birthDate)
    {
        // A summer project belongs to the school year that ended before it.
        var start = enrollment.EnrollmentDate;
        var schoolYear = start.Month >= 8 && enrollment.EnrollmentType != MepEnrollmentType.SummerIntersessionMepProject ? start.Year : start.Year - 1;
        var ageOnSeptember1 = Age(birthDate, new DateOnly(schoolYear, 9, 1));
        var ageAtStart = Age(birthDate, start);
        var code = CodeSet<GradeLevel>.CodeOf(enrollment.GradeLevel);
        var ok = enrollment.GradeLevel switch
        {
            GradeLevel.OutOfSchool => ageOnSeptember1 >= 16,
            GradeLevel.Preschool => ageOnSeptember1 == 4,
            GradeLevel.P5 => ageAtStart >= 5,
            GradeLevel.P0 or GradeLevel.P1 or GradeLevel.P2 or GradeLevel.P3 or GradeLevel.P4 => ageAtStart == code[1] - '0',
            GradeLevel.Kindergarten => ageOnSeptember1 is 5 or 6,
            GradeLevel.Ungraded => false,
            _ => (ageOnSeptember1 - 5 - int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)) is 0 or 1,
        };
        return ok ? null : $"grade {code} at age {ageOnSeptember1} on 1 September (born {birthDate}, enrolled {start})";
    }

    private static int Age(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,15}$")]
    private static partial Regex StudentId();
}
