using Msix.Domain.Consolidation;
using Msix.Domain.Reports;
using static Msix.Domain.Tests.Reports.ReportRecords;

namespace Msix.Domain.Tests.Reports;

/// <summary>The mobility matrix lists its corridors busiest first, ties by State codes.</summary>
public sealed class MobilityTests
{
    private static ConsolidatedRecord Mover(string msixId, string from, string to) => Record(
        msixId,
        Contribution(from, "A" + msixId[2..], new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2025, 8, 25))], [new DateOnly(2025, 8, 1)]),
        Contribution(to, "B" + msixId[2..], new DateOnly(2012, 1, 1), [Enrolled(new DateOnly(2026, 2, 2))], [new DateOnly(2026, 2, 1)]));

    [Fact]
    public void The_top_corridors_are_the_busiest_first_then_by_from_and_to_State()
    {
        var builder = new ReportBuilder(new PerformancePeriod(2025));
        foreach (var record in new[]
        {
            Mover("M-1", "TX", "NM"), Mover("M-2", "TX", "CA"), Mover("M-3", "FL", "GA"),
            Mover("M-4", "TX", "CA"), Mover("M-5", "TX", "NM"), Mover("M-6", "TX", "CA"), Mover("M-7", "TX", "AZ"),
        })
        {
            builder.Add(record);
        }

        var mobility = builder.Build().Mobility;

        Assert.Equal(
            [new Corridor("TX", "CA", 3), new Corridor("TX", "NM", 2), new Corridor("FL", "GA", 1), new Corridor("TX", "AZ", 1)],
            mobility.Moves);
        Assert.Equal([new Corridor("TX", "CA", 3), new Corridor("TX", "NM", 2)], mobility.TopCorridors(2));
        Assert.Empty(mobility.TopCorridors(0));
        Assert.Equal(7, mobility.Total);
        Assert.Equal(7, builder.RecordsRead);
    }
}
