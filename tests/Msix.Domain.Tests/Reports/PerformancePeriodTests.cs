using Msix.Domain.Reports;

namespace Msix.Domain.Tests.Reports;

/// <summary>A performance period runs from 1 September to 31 August, both days included.</summary>
public sealed class PerformancePeriodTests
{
    [Theory]
    [InlineData("2025-09-01", 2025)]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2025-08-31", 2024)]
    [InlineData("2026-01-01", 2025)]
    public void A_day_belongs_to_the_period_that_started_on_the_1_September_before_it(string day, int startYear)
    {
        Assert.Equal(new PerformancePeriod(startYear), PerformancePeriod.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_period_holds_its_first_and_last_day_and_is_labelled_by_its_two_years()
    {
        var period = new PerformancePeriod(2025);

        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31), "2025-2026"), (period.Start, period.End, period.Label));
        Assert.True(period.Contains(period.Start));
        Assert.True(period.Contains(period.End));
        Assert.False(period.Contains(new DateOnly(2025, 8, 31)));
        Assert.False(period.Contains(new DateOnly(2026, 9, 1)));
    }
}
