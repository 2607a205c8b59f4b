using Msix.Domain.Mde;
using E = Msix.Domain.Submissions.Reading.SchemaFields.Enrollment;
using M = Msix.Domain.Submissions.Reading.SchemaFields.Move;
using S = Msix.Domain.Submissions.Reading.SchemaFields.Student;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The rules that span fields and rows of one child: nothing in the future that cannot be (birth, qualifying
/// arrival, the record's AsOf beyond a day), nothing before the child was born, no withdrawal before its
/// enrollment, no child who had turned 22 by the AsOf date, and no upsert without a qualifying move.
/// "Today" is the latest date anywhere on Earth (UTC+14), so no State's today is ever "in the future".
/// </summary>
internal static class RecordRules
{
    /// <summary>The age at which a child is no longer eligible for the Migrant Education Program.</summary>
    public const int MaxAge = 22;

    public static void CheckAsOf(ChildErrors errors, DateTimeOffset now, RowData student, DateTimeOffset? asOf)
    {
        if (asOf is { } value && value > now.AddDays(1))
        {
            errors.Add(student, S.AsOf, ErrorCodes.DateInFuture,
                $"{student.Label(S.AsOf)} {value:yyyy-MM-dd'T'HH:mm:sszzz} is more than a day in the future.", value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static void Check(
        ChildErrors errors,
        DateTimeOffset now,
        RowData student,
        DateTimeOffset? asOf,
        DateOnly? birthDate,
        int moveRows,
        List<Located<QualifyingMove>> moves,
        List<Located<Enrollment>> enrollments,
        List<Located<Assessment>> assessments)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));
        if (moveRows == 0)
        {
            errors.Add(student.File, student.Row, student.Json ? "qualifyingMoves" : "", ErrorCodes.NoQualifyingMove,
                student.Json
                    ? "An upsert needs at least one qualifying move in qualifyingMoves."
                    : "An upsert needs at least one qualifying move: moves.csv has no row with this StateStudentId.");
        }

        if (birthDate is { } birth)
        {
            if (birth > today)
            {
                Future(errors, student, S.BirthDate, birth);
            }

            if (asOf is { } recorded && birth.AddYears(MaxAge) <= DateOnly.FromDateTime(recorded.DateTime))
            {
                errors.Add(student, S.BirthDate, ErrorCodes.ChildTooOld,
                    $"The child born {birth:yyyy-MM-dd} was {MaxAge} or older on the AsOf date {recorded:yyyy-MM-dd}; the exchange holds children until they turn {MaxAge}.",
                    Iso(birth));
            }
        }

        foreach (var (move, row) in moves)
        {
            if (move.QualifyingArrivalDate > today)
            {
                Future(errors, row, M.QualifyingArrivalDate, move.QualifyingArrivalDate);
            }

            BeforeBirth(errors, row, M.QualifyingArrivalDate, move.QualifyingArrivalDate, birthDate);
            BeforeBirth(errors, row, M.EligibilityExpirationDate, move.EligibilityExpirationDate, birthDate);
        }

        foreach (var (enrollment, row) in enrollments)
        {
            BeforeBirth(errors, row, E.EnrollmentDate, enrollment.EnrollmentDate, birthDate);
            BeforeBirth(errors, row, E.WithdrawalDate, enrollment.WithdrawalDate, birthDate);
            BeforeBirth(errors, row, E.ResidencyDate, enrollment.ResidencyDate, birthDate);
            BeforeBirth(errors, row, E.GraduationHseDate, enrollment.GraduationHseDate, birthDate);
            if (enrollment.WithdrawalDate is { } withdrawal && withdrawal < enrollment.EnrollmentDate)
            {
                errors.Add(row, E.WithdrawalDate, ErrorCodes.WithdrawalBeforeEnrollment,
                    $"{row.Label(E.WithdrawalDate)} {withdrawal:yyyy-MM-dd} is before {row.Label(E.EnrollmentDate)} {enrollment.EnrollmentDate:yyyy-MM-dd}.",
                    Iso(withdrawal));
            }
        }

        foreach (var (assessment, row) in assessments)
        {
            var field = SchemaFields.Assessment.AdministrationDate;
            if (birthDate is { } born && assessment.AdministrationDate < new YearMonth(born.Year, born.Month))
            {
                errors.Add(row, field, ErrorCodes.DateBeforeBirth,
                    $"{row.Label(field)} {assessment.AdministrationDate} is before the child's BirthDate {born:yyyy-MM-dd}.", assessment.AdministrationDate.ToString());
            }
        }
    }

    private static void Future(ChildErrors errors, RowData row, int field, DateOnly date) =>
        errors.Add(row, field, ErrorCodes.DateInFuture, $"{row.Label(field)} {date:yyyy-MM-dd} is in the future.", Iso(date));

    private static void BeforeBirth(ChildErrors errors, RowData row, int field, DateOnly? date, DateOnly? birthDate)
    {
        if (date is { } value && birthDate is { } birth && value < birth)
        {
            errors.Add(row, field, ErrorCodes.DateBeforeBirth,
                $"{row.Label(field)} {value:yyyy-MM-dd} is before the child's BirthDate {birth:yyyy-MM-dd}.", Iso(value));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
