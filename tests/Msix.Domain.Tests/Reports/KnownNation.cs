using Msix.Domain.Consolidation;
using Msix.Domain.Mde;
using static Msix.Domain.Tests.Reports.ReportRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>
/// A small nation whose truth for 2025-2026 is worked out by hand (the numbers the tests expect are in the comments):
/// a child who moved from Texas to California, twins, children aged 2 and 22, qualifying arrival dates 36 months
/// back on both sides of the boundary, a summer-school child, a withdrawn contribution, an alias and a child
/// enrolled only in an earlier period.
/// </summary>
internal static class KnownNation
{
    public static IReadOnlyList<ConsolidatedRecord> Records() =>
    [
        // Texas from 2025-08-25 to 2025-11-14, then California from 2026-01-12. Age 13 on 2025-09-01.
        Record(
            "M-MOVER",
            Contribution("TX", "T1", new DateOnly(2012, 5, 1), [Enrolled(new DateOnly(2025, 8, 25), new DateOnly(2025, 11, 14), GradeLevel.Grade08)], [new DateOnly(2025, 6, 14)]),
            Contribution("CA", "C1", new DateOnly(2012, 5, 1), [Enrolled(new DateOnly(2026, 1, 12), grade: GradeLevel.Grade08)], [new DateOnly(2026, 1, 10)])),

        // Twins: same birth date, school and arrival, two MSIX IDs. Age 10.
        Simple("M-TWIN1", "TX", new DateOnly(2015, 2, 10), new DateOnly(2025, 9, 2), new DateOnly(2025, 8, 20), GradeLevel.Grade05),
        Simple("M-TWIN2", "TX", new DateOnly(2015, 2, 10), new DateOnly(2025, 9, 2), new DateOnly(2025, 8, 20), GradeLevel.Grade05),

        // Aged 1 on 2025-09-01 and 2 on 2026-08-31: never 3 in the period.
        Simple("M-TWO", "TX", new DateOnly(2023, 9, 15), new DateOnly(2025, 9, 1), new DateOnly(2025, 7, 1), GradeLevel.P2),

        // Aged 2 on 2025-09-01 but turns 3 on 2026-06-01 while resident: Category 1.
        Simple("M-TURNS3", "TX", new DateOnly(2023, 6, 1), new DateOnly(2025, 9, 1), new DateOnly(2025, 7, 1), GradeLevel.P2),

        // Turned 22 on 2025-08-01, before the period.
        Simple("M-TWENTYTWO", "TX", new DateOnly(2003, 8, 1), new DateOnly(2025, 9, 1), new DateOnly(2025, 7, 1), GradeLevel.OutOfSchool),

        // Qualifying arrival 2022-09-01: eligible through 2025-08-31, not on 2025-09-01. Age 15.
        Simple("M-QAD-EXPIRED", "TX", new DateOnly(2010, 1, 1), new DateOnly(2024, 8, 20), new DateOnly(2022, 9, 1), GradeLevel.Grade10),

        // Qualifying arrival 2022-09-02: still eligible on 2025-09-01, the period's first day. Age 15.
        Simple("M-QAD-LASTDAY", "TX", new DateOnly(2010, 1, 1), new DateOnly(2024, 8, 20), new DateOnly(2022, 9, 2), GradeLevel.Grade10),

        // Regular term, then a summer MEP project, in California. Age 11.
        Record(
            "M-SUMMER",
            Contribution(
                "CA",
                "C9",
                new DateOnly(2014, 3, 3),
                [
                    Enrolled(new DateOnly(2025, 9, 3), new DateOnly(2026, 5, 29), GradeLevel.Grade06),
                    Enrolled(new DateOnly(2026, 6, 8), new DateOnly(2026, 7, 31), GradeLevel.Grade06, MepEnrollmentType.SummerIntersessionMepProject),
                ],
                [new DateOnly(2025, 8, 1)])),

        // Texas, and a Florida contribution Florida has withdrawn (its record left in place to prove it is not read). Age 9.
        Record(
            "M-WITHDRAWN",
            Contribution("TX", "T7", new DateOnly(2016, 4, 4), [Enrolled(new DateOnly(2025, 9, 2), grade: GradeLevel.Grade04)], [new DateOnly(2025, 8, 1)]),
            Contribution("FL", "F7", new DateOnly(2016, 4, 4), [Enrolled(new DateOnly(2026, 2, 1), grade: GradeLevel.Grade04)], [new DateOnly(2026, 1, 30)], withdrawn: true)),

        // Merged into M-TWIN1: skipped even though it (wrongly) still holds a contribution.
        Simple("M-ALIAS", "TX", new DateOnly(2015, 2, 10), new DateOnly(2025, 9, 2), new DateOnly(2025, 8, 20)) with { AliasOf = "M-TWIN1" },

        // Enrolled only in 2023-2024.
        Record("M-EARLIER", Contribution("TX", "T9", new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2023, 9, 1), new DateOnly(2024, 6, 1))], [new DateOnly(2023, 8, 1)])),
    ];
}
