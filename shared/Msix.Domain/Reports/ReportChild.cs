using Msix.Domain.Consolidation;
using Msix.Domain.Mde;

namespace Msix.Domain.Reports;

/// <summary>One State's enrolment of the child, as the reports read it.</summary>
internal readonly record struct StateEnrollment(string State, Enrollment Enrollment);

/// <summary>
/// What the reports read of one consolidated record: the enrolments and qualifying moves of its current
/// (not withdrawn) contributions, and the child's birth date. Lives only while its record is added.
/// </summary>
internal sealed class ReportChild
{
    private ReportChild(string msixId, DateOnly? birthDate, IReadOnlyList<StateEnrollment> enrollments, IReadOnlyList<(string State, DateOnly Arrival)> arrivals)
    {
        MsixId = msixId;
        BirthDate = birthDate;
        Enrollments = enrollments;
        Arrivals = arrivals;
    }

    public string MsixId { get; }

    /// <summary>The birth date of the newest current contribution (latest AsOf, then State and State student ID in ordinal order).</summary>
    public DateOnly? BirthDate { get; }

    public IReadOnlyList<StateEnrollment> Enrollments { get; }

    /// <summary>Every qualifying arrival date, with the State whose contribution reports it.</summary>
    public IReadOnlyList<(string State, DateOnly Arrival)> Arrivals { get; }

    /// <summary>The record as the reports read it; null for a merged alias or a record with no current contribution.</summary>
    public static ReportChild? Of(ConsolidatedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.AliasOf is not null)
        {
            return null;
        }

        var current = record.Contributions
            .Where(c => !c.Withdrawn && c.Record.Action != RecordAction.Delete)
            .OrderByDescending(c => c.AsOf)
            .ThenBy(c => c.State, StringComparer.Ordinal)
            .ThenBy(c => c.StateStudentId, StringComparer.Ordinal)
            .ToList();
        if (current.Count == 0)
        {
            return null;
        }

        var birthDate = current.Select(c => c.Record.Demographics?.BirthDate).FirstOrDefault(b => b is not null);
        var enrollments = current.SelectMany(c => c.Record.Enrollments.Select(e => new StateEnrollment(c.State, e))).ToList();
        var arrivals = current.SelectMany(c => c.Record.QualifyingMoves.Select(m => (c.State, m.QualifyingArrivalDate))).ToList();
        return new ReportChild(record.MsixId, birthDate, enrollments, arrivals);
    }

    /// <summary>The days of <paramref name="enrollment"/> within <paramref name="period"/>; null when it has none there.</summary>
    public static DayRange? DaysIn(Enrollment enrollment, PerformancePeriod period) =>
        DayRange.Of(enrollment.EnrollmentDate, enrollment.WithdrawalDate)?.Intersect(new DayRange(period.Start, period.End));
}
