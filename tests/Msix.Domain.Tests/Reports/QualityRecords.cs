using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Submissions;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Reports;

/// <summary>Contributions, submissions and near matches built by hand for the data-quality tests.</summary>
internal static class QualityRecords
{
    /// <summary>A State's current record of a child (<see cref="TestRecords.Child"/> unless given), stored at <paramref name="storedAt"/>.</summary>
    public static ContributionDocument Contribution(
        string state,
        string stateStudentId,
        ChildRecord? record = null,
        DateTimeOffset? storedAt = null,
        IReadOnlyList<EnrollmentArrival>? arrivals = null,
        bool withdrawn = false) =>
        new(
            ContributionDocument.IdOf(state, stateStudentId),
            state,
            stateStudentId,
            TestRecords.AsOf,
            "s1",
            storedAt ?? TestRecords.AsOf,
            "hash",
            withdrawn,
            record ?? TestRecords.Child(stateStudentId))
        {
            EnrollmentArrivals = arrivals ?? [],
        };

    /// <summary>An enrolment starting on <paramref name="from"/> (each date its own key).</summary>
    public static Enrollment Enrolled(DateOnly from) => ReportRecords.Enrolled(from);

    /// <summary>A child record whose enrolments are <paramref name="enrollments"/>.</summary>
    public static ChildRecord WithEnrollments(string stateStudentId, params Enrollment[] enrollments) =>
        TestRecords.Child(stateStudentId) with { Enrollments = enrollments };

    public static EnrollmentArrival Arrived(Enrollment enrollment, DateTimeOffset at) => new(enrollment.Key, at);

    /// <summary>A day at noon UTC.</summary>
    public static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static SubmissionDocument Submission(
        string state,
        string submissionId,
        ReceiptStatus? status,
        DateTimeOffset processedAt,
        long received,
        long rejected,
        params (string Code, long Errors)[] codes) =>
        new(
            SubmissionDocument.IdOf(state, submissionId),
            state,
            submissionId,
            status is null ? SubmissionStatus.Processing : SubmissionStatus.Completed,
            [],
            1,
            status,
            status is null ? null : new ReceiptCounts(received, received - rejected, rejected, received - rejected, 0, 0, 0, received, rejected),
            processedAt)
        {
            ErrorCodes = [.. codes.Select(c => new ErrorCodeCount(c.Code, c.Errors))],
        };

    public static NearMatchItem NearMatch(string id, string routedTo, NearMatchStatus status) =>
        new(id, "TX|T1", "M1", "CA|C1", "M2", routedTo, new MatchEvidence([], 0, 0, 0.5, 1), "", TestRecords.AsOf, status, []);
}
