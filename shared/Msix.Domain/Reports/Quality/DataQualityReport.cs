namespace Msix.Domain.Reports.Quality;

/// <summary>How complete and timely each State's data is in one performance period.</summary>
/// <param name="Period">"2025-2026".</param>
/// <param name="States">Every State with records or submissions, in ordinal order of the State code.</param>
public sealed record DataQualityReport(string Period, IReadOnlyList<StateDataQuality> States);

/// <summary>One State's data quality.</summary>
/// <param name="State">The State code.</param>
/// <param name="Records">The State's current (not withdrawn) records of children, aliases skipped.</param>
/// <param name="Timeliness">Days from enrolment to its arrival in the exchange, for enrolments that start in the period.</param>
/// <param name="Completeness">Per MDE, the share of the State's records that carry it, in a fixed element order.</param>
/// <param name="Submissions">How the State's submissions processed in the period were received.</param>
/// <param name="OpenNearMatches">Near matches routed to the State and not yet worked.</param>
public sealed record StateDataQuality(
    string State,
    int Records,
    SubmissionTimeliness Timeliness,
    IReadOnlyList<ElementCompleteness> Completeness,
    SubmissionOutcomes Submissions,
    int OpenNearMatches);

/// <summary>Days from enrolment date to the first arrival of the enrolment in the exchange.</summary>
/// <param name="Enrollments">Enrolments measured.</param>
/// <param name="MedianDays">The median, null with no enrolment.</param>
/// <param name="Percentile90Days">The 90th percentile, null with no enrolment.</param>
/// <param name="WithinFourteenDays">Share of enrolments that arrived within 14 days (0 to 1), null with no enrolment.</param>
public sealed record SubmissionTimeliness(int Enrollments, int? MedianDays, int? Percentile90Days, double? WithinFourteenDays);

/// <summary>The share of a State's records that carry one MDE.</summary>
/// <param name="Element">The MDE name, as the MDE list names it ("Birth City", "Parent 1 First Name", …).</param>
/// <param name="RecordsWith">Records that carry it.</param>
/// <param name="Share">RecordsWith over the State's records (0 to 1); 0 with no records.</param>
public sealed record ElementCompleteness(string Element, int RecordsWith, double Share);

/// <summary>A State's submissions in the period and what was rejected.</summary>
/// <param name="Submissions">Submissions with a receipt.</param>
/// <param name="SubmissionsRejected">Submissions rejected whole.</param>
/// <param name="ChildrenReceived">Child records received.</param>
/// <param name="ChildrenRejected">Child records rejected.</param>
/// <param name="RejectionRate">ChildrenRejected over ChildrenReceived (0 to 1); 0 with none received.</param>
/// <param name="TopErrorCodes">The most common error codes, by count descending then code, at most ten.</param>
public sealed record SubmissionOutcomes(
    int Submissions,
    int SubmissionsRejected,
    long ChildrenReceived,
    long ChildrenRejected,
    double RejectionRate,
    IReadOnlyList<ErrorCodeCount> TopErrorCodes);

/// <summary>How many errors of one code a State's submissions had.</summary>
public sealed record ErrorCodeCount(string Code, long Errors);
