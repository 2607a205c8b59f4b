using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Worklists;
using Msix.Domain.Mde;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Quality;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Reports.QualityRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>The data-quality report of 2025-2026 on inputs whose numbers are worked out by hand in the comments.</summary>
public sealed class DataQualityAccumulatorTests
{
    private static readonly PerformancePeriod Period = new(2025);

    private static DataQualityReport Build(IEnumerable<ConsolidatedRecord>? records = null, IEnumerable<SubmissionDocument>? submissions = null, IEnumerable<NearMatchItem>? nearMatches = null)
    {
        var accumulator = new DataQualityAccumulator(Period);
        foreach (var record in records ?? [])
        {
            accumulator.Add(record);
        }

        foreach (var submission in submissions ?? [])
        {
            accumulator.Add(submission);
        }

        foreach (var item in nearMatches ?? [])
        {
            accumulator.AddOpenNearMatch(item);
        }

        return accumulator.Build();
    }

    private static StateDataQuality State(DataQualityReport report, string state) => Assert.Single(report.States, s => s.State == state);

    private static ConsolidatedRecord Record(string msixId, params ContributionDocument[] contributions) => ReportRecords.Record(msixId, contributions);

    /// <summary>
    /// Four Texas records. R1 is <see cref="TestRecords.Child"/>: no middle name, no alternate ID, no residency date,
    /// every other element given (Medical Alert "None" is given). R2 adds a middle name, an alternate ID and a second
    /// enrolment with a residency date. R3 leaves every optional demographic empty (its birth city blank), with no
    /// enrolment, move or course. R4 has an enrolment without school ID or immunization flag, and no course.
    /// </summary>
    private static IReadOnlyList<ConsolidatedRecord> CompletenessRecords()
    {
        var child = TestRecords.Child();
        var r2 = TestRecords.Child("R2") with
        {
            Demographics = child.Demographics! with
            {
                MiddleName = "Luis",
                AlternateStateStudentIds = [new AlternateStateStudentId(StateStudentIdType.StateMepAssigned, "MEP42")],
            },
            Enrollments = [child.Enrollments[0], Enrolled(new DateOnly(2025, 10, 1)) with { ResidencyDate = new DateOnly(2025, 9, 20) }],
        };
        var r3 = TestRecords.Child("R3") with
        {
            Demographics = child.Demographics! with
            {
                LastName2 = null,
                BirthDateVerification = null,
                BirthCity = "  ",
                BirthState = null,
                BirthCountry = "",
                Parent1FirstName = null,
                Parent1LastName = null,
                Parent2FirstName = null,
                Parent2LastName = null,
            },
            QualifyingMoves = [],
            Enrollments = [],
            Courses = [],
        };
        var r4 = TestRecords.Child("R4") with
        {
            Enrollments = [child.Enrollments[0] with { SchoolId = null, ImmunizationRecordFlag = null }],
            Courses = [],
        };
        return
        [
            Record("M-R1", Contribution("TX", "R1")),
            Record("M-R2", Contribution("TX", "R2", r2)),
            Record("M-R3", Contribution("TX", "R3", r3)),
            Record("M-R4", Contribution("TX", "R4", r4)),
        ];
    }

    [Fact]
    public void Completeness_is_the_share_of_the_States_records_that_carry_each_element_in_a_fixed_order()
    {
        var texas = State(Build(CompletenessRecords()), "TX");

        Assert.Equal(4, texas.Records);
        (string, int, double)[] expected =
        [
            ("Middle Name", 1, 0.25),                // R2
            ("Last Name 2", 3, 0.75),                // all but R3
            ("Birth Date Verification", 3, 0.75),
            ("Birth City", 3, 0.75),                 // R3's is blank
            ("Birth State", 3, 0.75),
            ("Birth Country", 3, 0.75),              // R3's is empty
            ("Parent 1 First Name", 3, 0.75),
            ("Parent 1 Last Name", 3, 0.75),
            ("Parent 2 First Name", 3, 0.75),
            ("Parent 2 Last Name", 3, 0.75),
            ("Alternate State Student ID", 1, 0.25), // R2
            ("School ID", 2, 0.5),                   // R1, R2 (R3 has no enrolment, R4's has none)
            ("School District ID", 3, 0.75),
            ("Residency Date", 1, 0.25),             // R2's second enrolment only
            ("English Learner Indicator", 3, 0.75),
            ("IDEA Indicator", 3, 0.75),             // "false" is given
            ("Medical Alert Indicator", 3, 0.75),    // "None" is given
            ("Immunization Record Flag", 2, 0.5),    // R1, R2
            ("Qualifying Arrival Date", 3, 0.75),    // all but R3
            ("Course History", 2, 0.5),              // R1, R2
        ];
        Assert.Equal(expected, texas.Completeness.Select(c => (c.Element, c.RecordsWith, c.Share)));
    }

    [Fact]
    public void Withdrawn_contributions_deletes_and_merged_aliases_are_not_records()
    {
        var report = Build(
        [
            // Texas current, Florida withdrawn: one Texas record, no Florida one.
            Record("M-1", Contribution("TX", "T1"), Contribution("FL", "F1", withdrawn: true)),

            // A Florida delete that was not marked withdrawn: still not a record.
            Record("M-2", Contribution("FL", "F2", TestRecords.Delete("F2") with { Demographics = TestRecords.Child().Demographics })),

            // Merged into M-1: its (stale) California contribution is skipped, California is not listed.
            Record("M-3", Contribution("CA", "C1")) with { AliasOf = "M-1" },

            // Two States' current records of one child: one record each.
            Record("M-4", Contribution("TX", "T4"), Contribution("NM", "N4")),
        ]);

        Assert.Equal([("NM", 1), ("TX", 2)], report.States.Select(s => (s.State, s.Records)));
        Assert.Equal("2025-2026", report.Period);
    }

    [Fact]
    public void Timeliness_has_the_median_the_90th_percentile_and_the_share_within_fourteen_days()
    {
        // Texas T1, stored 2026-04-26, enrolments (start → first arrival, days):
        var a = Enrolled(new DateOnly(2025, 9, 2));   // 2025-09-01 20:00Z: before it started → 0
        var b = Enrolled(new DateOnly(2025, 9, 8));   // 2025-09-11 23:59Z → 3
        var c = Enrolled(new DateOnly(2025, 10, 1));  // 2025-10-06 → 5
        var d = Enrolled(new DateOnly(2025, 11, 3));  // 2025-11-10 → 7
        var e = Enrolled(new DateOnly(2026, 1, 5));   // 2026-01-14 22:00-05:00 = 2026-01-15 03:00Z → 10 (the UTC day)
        var f = Enrolled(new DateOnly(2026, 2, 2));   // 2026-02-16 → 14, within
        var g = Enrolled(new DateOnly(2026, 3, 2));   // 2026-03-17 → 15, not within
        var h = Enrolled(new DateOnly(2026, 4, 6));   // no arrival recorded: stored 2026-04-26 → 20
        var t1 = Contribution(
            "TX",
            "T1",
            WithEnrollments("T1", a, b, c, d, e, f, g, h),
            Noon(2026, 4, 26),
            [
                Arrived(a, new DateTimeOffset(2025, 9, 1, 20, 0, 0, TimeSpan.Zero)),
                Arrived(b, new DateTimeOffset(2025, 9, 11, 23, 59, 0, TimeSpan.Zero)),
                Arrived(c, Noon(2025, 10, 6)),
                Arrived(d, Noon(2025, 11, 10)),
                Arrived(e, new DateTimeOffset(2026, 1, 14, 22, 0, 0, TimeSpan.FromHours(-5))),
                Arrived(f, Noon(2026, 2, 16)),
                Arrived(g, Noon(2026, 3, 17)),
            ]);

        // Texas T2, stored 2027-11-10:
        var i = Enrolled(new DateOnly(2026, 5, 4));   // 2026-06-13 → 40
        var m = Enrolled(new DateOnly(2026, 6, 1));   // 2026-07-01 → 30
        var j = Enrolled(new DateOnly(2025, 9, 1));   // 2027-11-10 → 800, past the histogram's two years
        var k = Enrolled(new DateOnly(2025, 8, 25));  // starts before the period: not measured
        var l = Enrolled(new DateOnly(2026, 9, 1));   // starts after the period: not measured
        var t2 = Contribution(
            "TX",
            "T2",
            WithEnrollments("T2", i, m, j, k, l),
            Noon(2027, 11, 10),
            [Arrived(i, Noon(2026, 6, 13)), Arrived(m, Noon(2026, 7, 1)), Arrived(j, Noon(2027, 11, 10)), Arrived(k, Noon(2026, 3, 1)), Arrived(l, Noon(2026, 9, 2))]);

        var texas = State(Build([Record("M-T1", t1), Record("M-T2", t2)]), "TX");

        // Sorted: 0 3 5 7 10 14 15 20 30 40 800 (11). Median: rank ⌈11 × 0.5⌉ = 6 → 14. 90th: rank ⌈11 × 0.9⌉ = 10 → 40.
        // Within 14 days: 0 3 5 7 10 14 → 6 of 11.
        Assert.Equal((11, 14, 40), (texas.Timeliness.Enrollments, texas.Timeliness.MedianDays, texas.Timeliness.Percentile90Days));
        Assert.Equal(6.0 / 11, texas.Timeliness.WithinFourteenDays!.Value, 12);
    }

    [Fact]
    public void A_percentile_beyond_two_years_is_the_exact_number_of_days()
    {
        // 2025-09-01 → 2028-05-28: 1000 days; 2025-09-02 → 2025-09-03: 1. Median rank 1 → 1; 90th rank 2 → 1000.
        var late = Enrolled(new DateOnly(2025, 9, 1));
        var early = Enrolled(new DateOnly(2025, 9, 2));
        var record = Record("M-1", Contribution("TX", "T1", WithEnrollments("T1", late, early), Noon(2028, 5, 28), [Arrived(early, Noon(2025, 9, 3))]));

        Assert.Equal(new SubmissionTimeliness(2, 1, 1000, 0.5), State(Build([record]), "TX").Timeliness);
    }

    [Fact]
    public async Task An_enrolment_sent_again_counts_from_its_first_arrival()
    {
        // California sends the child on 2025-09-04 with an enrolment of 2025-09-02, then a changed record with the
        // same enrolment on 2025-10-30: the enrolment arrived 2 days after it started, not 58.
        var store = new InMemoryDocumentStore<ContributionDocument>();
        var time = new SettableTime(new DateTimeOffset(2025, 9, 4, 15, 0, 0, TimeSpan.Zero));
        var writer = new ContributionWriter(store, new RecordingMessageSender(), time);
        var enrollment = Enrolled(new DateOnly(2025, 9, 2));
        var cancel = TestContext.Current.CancellationToken;
        await writer.StoreAsync("CA", "s1", WithEnrollments("C1", enrollment), cancel);
        time.Now = Noon(2025, 10, 30);
        await writer.StoreAsync("CA", "s2", WithEnrollments("C1", enrollment) with { AsOf = TestRecords.AsOf.AddDays(1), Courses = [] }, cancel);
        var stored = (await store.ReadAsync(ContributionDocument.IdOf("CA", "C1"), cancel))!.Document;
        Assert.Equal(("s2", Noon(2025, 10, 30)), (stored.SubmissionId, stored.StoredAt));

        var california = State(Build([Record("M-C1", stored)]), "CA");

        Assert.Equal(new SubmissionTimeliness(1, 2, 2, 1.0), california.Timeliness);
    }

    [Fact]
    public void A_State_with_no_enrolment_in_the_period_has_no_timeliness_and_a_State_with_no_record_no_completeness()
    {
        var report = Build(
            [Record("M-1", Contribution("TX", "T1", WithEnrollments("T1", Enrolled(new DateOnly(2024, 9, 3)))))],
            nearMatches: [NearMatch("nm-1", "NY", NearMatchStatus.Open)]);

        Assert.Equal(new SubmissionTimeliness(0, null, null, null), State(report, "TX").Timeliness);
        var newYork = State(report, "NY");
        Assert.Equal((0, 1), (newYork.Records, newYork.OpenNearMatches));
        Assert.Equal(20, newYork.Completeness.Count);
        Assert.All(newYork.Completeness, c => Assert.Equal((0, 0.0), (c.RecordsWith, c.Share)));
    }

    /// <summary>Submissions of Texas and California in and around 2025-2026.</summary>
    private static IReadOnlyList<SubmissionDocument> Submissions() =>
    [
        // Texas, in the period: 3 submissions, 1 rejected; children 100 + 60 + 10 = 170, rejected 0 + 5 + 10 = 15.
        Submission("TX", "s1", ReceiptStatus.Accepted, Noon(2025, 10, 1), 100, 0),
        Submission(
            "TX",
            "s2",
            ReceiptStatus.AcceptedWithErrors,
            Noon(2026, 3, 1),
            60,
            5,
            ("INVALID_CODE", 4), ("REQUIRED_FIELD_MISSING", 3), ("INVALID_DATE", 2),
            ("C09", 1), ("C08", 1), ("C07", 1), ("C06", 1), ("C05", 1), ("C04", 1), ("C03", 1), ("C02", 1), ("C01", 1)),
        Submission("TX", "s3", ReceiptStatus.Rejected, new DateTimeOffset(2026, 8, 31, 20, 0, 0, TimeSpan.Zero), 10, 10, ("INVALID_CODE", 10), ("INVALID_DATE", 1)),

        // Texas, not counted: still processing; processed 2026-08-31 23:00-05:00 = 2026-09-01 04:00Z; processed 2025-08-31.
        Submission("TX", "s4", null, Noon(2026, 1, 1), 0, 0),
        Submission("TX", "s5", ReceiptStatus.Accepted, new DateTimeOffset(2026, 8, 31, 23, 0, 0, TimeSpan.FromHours(-5)), 1000, 500, ("ZZZ", 500)),
        Submission("TX", "s6", ReceiptStatus.Rejected, new DateTimeOffset(2025, 8, 31, 23, 0, 0, TimeSpan.Zero), 7, 7, ("ZZZ", 7)),

        // California: one file rejected whole before any child was read; then one processed
        // 2025-09-01 01:00+02:00 = 2025-08-31 23:00Z, before the period: not counted.
        Submission("CA", "s7", ReceiptStatus.Rejected, Noon(2025, 12, 24), 0, 0, ("FILE_TOO_LARGE", 1)),
        Submission("CA", "s8", ReceiptStatus.Rejected, new DateTimeOffset(2025, 9, 1, 1, 0, 0, TimeSpan.FromHours(2)), 3, 3),
    ];

    [Fact]
    public void Submissions_count_their_children_rejection_rate_and_the_ten_most_common_codes()
    {
        var report = Build(submissions: Submissions());

        var texas = State(report, "TX").Submissions;
        Assert.Equal((3, 1, 170L, 15L), (texas.Submissions, texas.SubmissionsRejected, texas.ChildrenReceived, texas.ChildrenRejected));
        Assert.Equal(15.0 / 170, texas.RejectionRate, 12);

        // INVALID_CODE 4 + 10 = 14; INVALID_DATE 2 + 1 = 3 ties REQUIRED_FIELD_MISSING 3 and comes first (ordinal);
        // then C01..C09 at 1 each, in code order, cut after ten codes: C08 and C09 are left out. ZZZ is outside the period.
        (string, long)[] codes =
        [
            ("INVALID_CODE", 14), ("INVALID_DATE", 3), ("REQUIRED_FIELD_MISSING", 3),
            ("C01", 1), ("C02", 1), ("C03", 1), ("C04", 1), ("C05", 1), ("C06", 1), ("C07", 1),
        ];
        Assert.Equal(codes, texas.TopErrorCodes.Select(c => (c.Code, c.Errors)));

        // California: one submission, rejected, no child received: the rate is 0.
        var california = State(report, "CA").Submissions;
        Assert.Equal((1, 1, 0L, 0L, 0.0), (california.Submissions, california.SubmissionsRejected, california.ChildrenReceived, california.ChildrenRejected, california.RejectionRate));
        Assert.Equal([new ErrorCodeCount("FILE_TOO_LARGE", 1)], california.TopErrorCodes);
        Assert.Equal(["CA", "TX"], report.States.Select(s => s.State));
    }

    [Fact]
    public void Only_open_near_matches_count_for_the_State_they_are_routed_to()
    {
        var report = Build(nearMatches:
        [
            NearMatch("nm-1", "TX", NearMatchStatus.Open),
            NearMatch("nm-2", "TX", NearMatchStatus.Confirmed),
            NearMatch("nm-3", "TX", NearMatchStatus.Open),
            NearMatch("nm-4", "TX", NearMatchStatus.Rejected),
            NearMatch("nm-5", "FL", NearMatchStatus.Confirmed),
        ]);

        // Texas: nm-1 and nm-3. Florida has only a worked one: not listed.
        Assert.Equal([("TX", 2)], report.States.Select(s => (s.State, s.OpenNearMatches)));
    }

    [Fact]
    public void The_order_of_the_inputs_does_not_change_the_report()
    {
        var records = CompletenessRecords().Concat(
        [
            Record("M-C", Contribution("CA", "C1", WithEnrollments("C1", Enrolled(new DateOnly(2025, 9, 8))), Noon(2025, 9, 30))),
            Record("M-N", Contribution("NM", "N1", WithEnrollments("N1", Enrolled(new DateOnly(2025, 10, 8)), Enrolled(new DateOnly(2025, 9, 3))), Noon(2025, 10, 9))),
        ]).ToList();
        var submissions = Submissions();
        NearMatchItem[] nearMatches = [NearMatch("nm-1", "TX", NearMatchStatus.Open), NearMatch("nm-2", "CA", NearMatchStatus.Open), NearMatch("nm-3", "AZ", NearMatchStatus.Open)];
        var expected = Csv.Of(w => ReportCsv.WriteDataQuality(Build(records, submissions, nearMatches), w));

        var random = new Random(7);
        for (var run = 0; run < 5; run++)
        {
            // Interleaved and shuffled: the three kinds of input in one random order.
            var inputs = records.Cast<object>().Concat(submissions).Concat(nearMatches).OrderBy(_ => random.Next()).ToList();
            var accumulator = new DataQualityAccumulator(Period);
            foreach (var input in inputs)
            {
                if (input is ConsolidatedRecord record)
                {
                    accumulator.Add(record);
                }
                else if (input is SubmissionDocument submission)
                {
                    accumulator.Add(submission);
                }
                else
                {
                    accumulator.AddOpenNearMatch((NearMatchItem)input);
                }
            }

            Assert.Equal(expected, Csv.Of(w => ReportCsv.WriteDataQuality(accumulator.Build(), w)));
        }

        Assert.Equal(["AZ", "CA", "NM", "TX"], Build(records, submissions, nearMatches).States.Select(s => s.State));
    }
}
