using Msix.Domain.Audit;
using Msix.Domain.Identity;
using Msix.Domain.Reports;
using Msix.Domain.Reports.Usage;

namespace Msix.Domain.Tests.Reports;

/// <summary>The usage report of 2025-2026 on audit entries whose numbers are worked out by hand in the comments.</summary>
public sealed class UsageAccumulatorTests
{
    private static readonly PerformancePeriod Period = new(2025);
    private static readonly string ChildA = Valid("12345678901");
    private static readonly string ChildB = Valid("10987654321");
    private static readonly string Survivor = Valid("55555555555");

    private static string Valid(string elevenDigits) => elevenDigits + MsixId.CheckDigit(elevenDigits);

    /// <summary>The entries the trail writes for one event: the user's (every MSIX ID), then one per child.</summary>
    private static IReadOnlyList<AuditEntry> Event(string user, string? state, DateTimeOffset at, string operation, string[] msixIds, string? detail = null)
    {
        var e = new AuditEvent(user, "SchoolStaff", state, at, operation, msixIds, detail);
        var eventId = Guid.NewGuid().ToString("N");
        return
        [
            AuditEntry.Create(AuditChain.ForUser(user), 1, eventId, e, msixIds, AuditCanonicalForm.Genesis),
            .. msixIds.Select(id => AuditEntry.Create(AuditChain.ForStudent(id), 1, eventId, e, [id], AuditCanonicalForm.Genesis)),
        ];
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static UsageReport Build(IEnumerable<AuditEntry> entries)
    {
        var accumulator = new UsageAccumulator(Period);
        foreach (var entry in entries)
        {
            accumulator.Add(entry);
        }

        return accumulator.Build();
    }

    /// <summary>Events of 2025-2026 and around it.</summary>
    private static IReadOnlyList<AuditEntry> Trail() =>
    [
        // Texas, September 2025: searches by u1 (two children found, and none), u2; reads by u1 (JSON, and one
        // through a merged MSIX ID, recorded twice); u2's near-match work does not count.
        .. Event("u1", "TX", Utc(2025, 9, 15), "SearchStudents", [ChildA, ChildB]),
        .. Event("u1", "TX", Utc(2025, 9, 25), "SearchStudents", []),
        .. Event("u2", "TX", Utc(2025, 9, 10), "SearchStudents", [ChildA]),
        .. Event("u1", "TX", Utc(2025, 9, 16), "GetStudent", [ChildA]),
        .. Event("u1", "TX", Utc(2025, 9, 20), "GetStudentPage", [ChildB]),
        .. Event("u1", "TX", Utc(2025, 9, 21), "GetStudent", [ChildB]),
        .. Event("u1", "TX", Utc(2025, 9, 21), "GetStudent", [Survivor], $"read through merged MSIX ID {ChildB}"),
        .. Event("u2", "TX", Utc(2025, 9, 22), "ConfirmNearMatch", [ChildA, ChildB]),

        // Texas: printed 2025-09-30 23:30-05:00 = 2025-10-01 04:30Z, a read of October.
        .. Event("u2", "TX", new DateTimeOffset(2025, 9, 30, 23, 30, 0, TimeSpan.FromHours(-5)), "GetStudentPage", [ChildA]),

        // California, September 2025.
        .. Event("u5", "CA", Utc(2025, 9, 2), "GetStudent", [ChildB]),

        // National callers (no State, or an empty one), January 2026.
        .. Event("u3", null, Utc(2026, 1, 5), "SearchStudents", [ChildA]),
        .. Event("u4", "", Utc(2026, 1, 6), "GetStudent", [ChildA]),

        // Outside the period: 2025-08-31 23:59Z and 2026-09-01 00:00Z.
        .. Event("u1", "TX", new DateTimeOffset(2025, 8, 31, 23, 59, 0, TimeSpan.Zero), "SearchStudents", [ChildA]),
        .. Event("u1", "TX", Utc(2026, 9, 1, 0), "GetStudent", [ChildA]),
    ];

    [Fact]
    public void Searches_views_and_distinct_users_per_State_and_month()
    {
        var report = Build(Trail());

        // CA 2025-09: 1 read by u5.
        // TX 2025-09: searches 2 (u1) + 1 (u2) = 3; views 1 + 1 + 1 (the merged read once) = 3; users u1, u2.
        // TX 2025-10: 1 print by u2.
        // national 2026-01: u3's search, u4's read. Ordinal order puts "national" after the State codes.
        StateMonthUsage[] expected =
        [
            new("CA", "2025-09", 0, 1, 1),
            new("TX", "2025-09", 3, 3, 2),
            new("TX", "2025-10", 0, 1, 1),
            new(UsageReport.National, "2026-01", 1, 1, 2),
        ];
        Assert.Equal(expected, report.Months);
        Assert.Equal("2025-2026", report.Period);
    }

    [Fact]
    public void An_event_in_a_user_chain_and_in_child_chains_counts_once()
    {
        var entries = Event("u1", "TX", Utc(2025, 11, 3), "SearchStudents", [ChildA, ChildB]);
        Assert.Equal(3, entries.Count);

        Assert.Equal([new StateMonthUsage("TX", "2025-11", 1, 0, 1)], Build(entries).Months);
    }

    [Fact]
    public void Entries_of_child_chains_alone_and_of_unknown_chains_count_nothing()
    {
        var entries = Event("u1", "TX", Utc(2025, 11, 3), "GetStudent", [ChildA]);
        var unknown = entries[0] with { Chain = "robot:u1" };

        Assert.Empty(Build([entries[1], unknown]).Months);
    }

    [Fact]
    public void Callers_without_a_State_are_national()
    {
        var report = Build([.. Event("admin", null, Utc(2026, 2, 1), "SearchStudents", []), .. Event("fed", "", Utc(2026, 2, 2), "SearchStudents", [])]);

        Assert.Equal([new StateMonthUsage(UsageReport.National, "2026-02", 2, 0, 2)], report.Months);
    }

    [Fact]
    public void Months_outside_the_period_are_left_out()
    {
        var report = Build(
        [
            .. Event("u1", "TX", Utc(2025, 8, 31, 23), "SearchStudents", []),
            .. Event("u1", "TX", Utc(2025, 9, 1, 0), "SearchStudents", []),
            .. Event("u1", "TX", Utc(2026, 8, 31, 23), "SearchStudents", []),
            .. Event("u1", "TX", Utc(2026, 9, 1, 0), "SearchStudents", []),
        ]);

        Assert.Equal([new StateMonthUsage("TX", "2025-09", 1, 0, 1), new StateMonthUsage("TX", "2026-08", 1, 0, 1)], report.Months);
    }

    [Fact]
    public void A_user_counts_once_per_month_however_often_they_search_and_read()
    {
        var report = Build(
        [
            .. Event("u1", "TX", Utc(2026, 3, 1), "SearchStudents", []),
            .. Event("u1", "TX", Utc(2026, 3, 2), "GetStudent", [ChildA]),
            .. Event("u1", "TX", Utc(2026, 3, 3), "GetStudentPage", [ChildA]),
            .. Event("u2", "TX", Utc(2026, 3, 4), "GetStudent", [ChildA]),
            .. Event("u3", "TX", Utc(2026, 3, 5), "ProposeMerge", [ChildA, ChildB]),
            .. Event("u1", "TX", Utc(2026, 4, 1), "SearchStudents", []),
        ]);

        // March: u1 and u2 (u3 only did identity work); April: u1 again.
        Assert.Equal([new StateMonthUsage("TX", "2026-03", 1, 3, 2), new StateMonthUsage("TX", "2026-04", 1, 0, 1)], report.Months);
    }

    [Fact]
    public void The_order_of_the_entries_does_not_change_the_report()
    {
        var entries = Trail();
        var expected = Csv.Of(w => ReportCsv.WriteUsage(Build(entries), w));
        var random = new Random(3);

        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(expected, Csv.Of(w => ReportCsv.WriteUsage(Build(entries.OrderBy(_ => random.Next())), w)));
        }

        Assert.Equal(expected, Csv.Of(w => ReportCsv.WriteUsage(Build(entries.Reverse()), w)));
    }
}
